export const double = (x) => { return x * 2; };
export const point = (x, y) => {
  return { x, y };
};
export const key = (o) => { return { a: 1 }.a + o; };
export const pair = (a, b) => { return a, b; };
export const nested = (a) => { return (b) => { return a + b; }; };
export const cond = (a) => { return a ? 1 : 2 };
export const empty = () => { return; };
export const two = () => { log(); return 1; };
export const keep = () => {};
