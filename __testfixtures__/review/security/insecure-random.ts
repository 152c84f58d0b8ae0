export function createSession(user: string) {
  // ruleid: security/insecure-random
  const sessionId = Math.random().toString(36).slice(2);
  // ruleid: security/insecure-random
  return { user, sessionId, csrfToken: Math.random().toString(16) };
}

export function generatePassword(length: number): string {
  let out = '';
  // ruleid: security/insecure-random
  for (let i = 0; i < length; i++) out += String.fromCharCode(97 + Math.floor(Math.random() * 26));
  return out;
}

// ruleid: security/insecure-random
export const resetToken2 = Math.random();

// ok: jitter and animation are not secrets
export const jitter = Math.random() * 100;
export function pickColor(colors: string[]): string {
  return colors[Math.floor(Math.random() * colors.length)]!;
}
export const cacheKey = `k${Math.random()}`;
