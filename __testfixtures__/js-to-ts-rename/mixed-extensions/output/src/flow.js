// @flow
export function typed(x: number): number {
  return x;
}
