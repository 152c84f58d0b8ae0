export const area = (r: number): number => Math.PI * Math.pow(r, 2);
export const cast = (v: unknown) => Math.pow(v as number, 2);
export const bang = (v?: number) => Math.pow(v!, <number>v);
