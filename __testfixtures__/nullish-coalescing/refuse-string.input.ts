export function displayName(nickname: string | undefined, fullName: string): string {
  return nickname || fullName;
}
