export const a = (x) => { return f(x /* the x */); };
