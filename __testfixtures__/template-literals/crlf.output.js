const a = `x${y}`;
const b = 'p' + q +
  'r';
