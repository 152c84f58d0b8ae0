interface User {
  name: string;
}

export function named(user: User | undefined): boolean {
  return !!(user?.name);
}
