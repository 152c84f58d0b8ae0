export const p = (args) => Math.pow(...args);
