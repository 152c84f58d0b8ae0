interface User {
  name: string;
}

export function greet(user: User | null): string {
  if (user && user.name) return `Hello ${user.name}`;
  return 'Hello';
}
