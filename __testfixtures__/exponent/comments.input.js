// squares
export const a = (x) => /* before */ Math.pow(x, 2) /* after */;
export const b = (x) => Math.pow(x /* base */, 2);
