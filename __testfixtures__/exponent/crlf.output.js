const a = 2 ** 3;
const b = (-a) ** 2;
