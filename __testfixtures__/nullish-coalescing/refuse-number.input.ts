export function pageSize(requested: number | undefined): number {
  // 0 is a valid request here: `||` turns it into 20, `??` would keep it.
  return requested || 20;
}
