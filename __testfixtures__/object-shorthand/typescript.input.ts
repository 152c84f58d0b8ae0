export function f(a: number, b: string) {
  const quoted = { 'a': a, "b": b };
  const typed = { a: a as number, b: b! };
  return { a: a, b: b, quoted, typed };
}
