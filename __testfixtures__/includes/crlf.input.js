const a = list.indexOf(x) !== -1;
const b = list.indexOf(y) === -1;
