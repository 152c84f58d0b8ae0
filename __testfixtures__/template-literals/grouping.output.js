const total = `(${a + b})`;
const sumFirst = `${a + b}x`;
const threeFirst = `${a + b + c} total`;
const afterString = `x${a}${b}`;
const product = `area: ${width * height}`;
const nestedGroup = `${a + (`-${b}`)}!`;
