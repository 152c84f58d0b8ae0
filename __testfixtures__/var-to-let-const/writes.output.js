module.exports = function parse(input) {
  let pos = 0;
  let depth = 0;
  let last;
  const flags = { seen: false };
  let a = 1, b = 2;
  let x = 0, y = 0;
  let head, tail;
  [head, tail] = input.split(':');
  ({ x, y: y } = readPoint(input));
  last = input[pos];
  depth += 1;
  flags.seen = true;
  a = b;
  for (let ch of input) {
    ch = ch.trim();
    pos++;
  }
  return { pos, depth, last, flags, a, b, x, y, head, tail };
};

function readPoint(input) {
  const n = input.length;
  const p = { x: n };
  p.y = n;
  return p;
}
