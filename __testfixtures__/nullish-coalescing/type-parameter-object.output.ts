export function orDefault<T extends object>(value: T | undefined, fallback: T): T {
  return value ?? fallback;
}
