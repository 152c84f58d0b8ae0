export function isAdmin(user: { roles: string[] } | undefined): boolean {
  return Boolean(user && /* legacy */ user.roles.includes('admin'));
}

export const checks = {
  empty(list: unknown[]): boolean {
    return Boolean(list.length === 0);
  },
  // Not the same shape: the early return is false.
  full(list: unknown[]): boolean {
    if (list.length > 9) {
      return false;
    }
    return true;
  },
};
