const hasNaN = values.indexOf(NaN) !== -1;
const hasNumberNaN = values.indexOf(Number.NaN) === -1;
