export function orEmpty(value: unknown): unknown {
  return value || {};
}
