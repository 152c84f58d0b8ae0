export const a = (x) => f(x /* the x */);
