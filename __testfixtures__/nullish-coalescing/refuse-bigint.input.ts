export function offset(value: bigint | undefined): bigint {
  return value || 1n;
}
