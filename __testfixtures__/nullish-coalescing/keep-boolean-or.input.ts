// Operands without null or undefined: a logical or, not a fallback; no warning either.
export function shouldRetry(failed: boolean, attempts: number, limit: number): boolean {
  return failed || attempts < limit;
}
