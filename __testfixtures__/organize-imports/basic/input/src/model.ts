export interface User {
  id: string;
  name: string;
}
export type Role = 'admin' | 'user';
export const ANONYMOUS: User = { id: '0', name: 'anonymous' };
export function isAdmin(role: Role): boolean {
  return role === 'admin';
}
