exports.label = function label(p: { x: number }) {
  return `(${p.x})`;
};
exports.VERSION = '1.0.0';
