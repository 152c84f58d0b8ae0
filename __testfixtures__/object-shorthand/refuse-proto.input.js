export const child = { __proto__: __proto__, own: 1 };
