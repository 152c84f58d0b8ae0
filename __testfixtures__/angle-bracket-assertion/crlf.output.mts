declare const x: unknown;
export const y = x as string;
