const a = Math.pow(2, 3);
const b = Math.pow(-a, 2);
