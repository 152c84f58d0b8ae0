export function first<T>(value: T | undefined, fallback: T): T {
  return value || fallback;
}
