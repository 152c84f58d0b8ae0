export const area = (r: number): number => Math.PI * r ** 2;
export const cast = (v: unknown) => (v as number) ** 2;
export const bang = (v?: number) => v! ** <number>v;
