interface User {
  name: string;
}

// null passes `!== undefined` and then throws on .name; user?.name would not throw.
export function named(user: User | null | undefined): boolean {
  return !!(user !== undefined && user.name);
}
