import type { User } from './users';

export function displayName(user: User): string {
  return `${user.name} <${user.email}>`;
}
