interface User {
  id: number;
}

// The comparison gives false for a missing user; `user?.id` would give undefined.
export function idOf(user: User | undefined): number | false | undefined {
  return user != null && user.id;
}
