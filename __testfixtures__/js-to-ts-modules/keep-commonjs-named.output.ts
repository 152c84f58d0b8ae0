export const label = function label(p: { x: number }) {
  return `(${p.x})`;
};
export const VERSION = '1.0.0';
