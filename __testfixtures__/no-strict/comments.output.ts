// License header
// strict mode

export const a = 1;
