/**
 * Doubles.
 * @param n the number
 */
export function double(n: number): number {
  return n * 2;
}

export const names: string[] = [];
