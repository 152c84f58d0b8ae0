export const double = (x) => x * 2;
export const point = (x, y) => ({ x, y });
export const key = (o) => ({ a: 1 }.a + o);
export const pair = (a, b) => (a, b);
export const nested = (a) => (b) => a + b;
export const cond = (a) => a ? 1 : 2;
export const empty = () => { return; };
export const two = () => { log(); return 1; };
export const keep = () => {};
