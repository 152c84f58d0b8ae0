/**
 * Adds.
 * @param a the first
 * @param [b] second
 * @param m map
 * @returns out
 */
export function add(a: number, b: string | null | undefined, m: Record<string, number>, ...rest: number[]): number[] {
  return [a, b ? b.length : 0, m.x ?? 0, ...rest];
}

const f: (arg0: string) => number = (s) => s.length;
f('a');

export type Point = { x: number, y: number };

/** Options. */
export type Opts = {
  /** the name */
  name: string;
  age?: number;
};

/**
 * @param p where
 */
export function greet(opts: Opts, p: Point): string {
  return opts.name + p.x;
}

export const first = <T>(items: T[]): T | undefined => items[0];

export const show = (x: unknown) => String(x);

export const bad = (x: any) => x.foo;
