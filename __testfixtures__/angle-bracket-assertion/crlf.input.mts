declare const x: unknown;
export const y = <string>x;
