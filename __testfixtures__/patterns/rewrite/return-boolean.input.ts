export function isAdmin(user: { roles: string[] } | undefined): boolean {
  if (user && /* legacy */ user.roles.includes('admin')) {
    return true;
  }
  return false;
}

export const checks = {
  empty(list: unknown[]): boolean {
    if (list.length === 0) { return true; }

    return false;
  },
  // Not the same shape: the early return is false.
  full(list: unknown[]): boolean {
    if (list.length > 9) {
      return false;
    }
    return true;
  },
};
