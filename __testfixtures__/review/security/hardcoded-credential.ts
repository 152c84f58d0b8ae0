export const config = {
  region: 'eu-west-1',
  // ruleid: security/hardcoded-credential
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  // ruleid: security/hardcoded-credential
  clientSecret: 'f3b1c2d9e8a74b6c',
};

// ruleid: security/hardcoded-credential
const token = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';

export function connect(user: string) {
  // ruleid: security/hardcoded-credential
  const password = 'hunter2hunter2';
  return { user, password, token };
}

// ok: placeholders, and secrets read from the environment
export const example = { password: 'changeme', apiKey: process.env.API_KEY, label: 'password reset' };
