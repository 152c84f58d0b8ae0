interface User {
  name: string;
}

// `user && user.name` is null for a null user; `user?.name` would be undefined.
export function nameOf(user: User | null): string | null {
  return user && user.name;
}
