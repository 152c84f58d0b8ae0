export const less = a <b> c;
