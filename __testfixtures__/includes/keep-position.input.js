// These compare the position, not presence: not rewritten.
const afterStart = list.indexOf(item) > 0;
const atStart = list.indexOf(item) === 0;
const lastIndex = list.indexOf(item) !== list.length - 1;
