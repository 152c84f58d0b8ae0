const a = list.includes(x);
const b = !list.includes(y);
