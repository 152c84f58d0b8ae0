module.exports = function parse(input) {
  var pos = 0;
  var depth = 0;
  var last;
  var flags = { seen: false };
  var a = 1, b = 2;
  var x = 0, y = 0;
  var head, tail;
  [head, tail] = input.split(':');
  ({ x, y: y } = readPoint(input));
  last = input[pos];
  depth += 1;
  flags.seen = true;
  a = b;
  for (var ch of input) {
    ch = ch.trim();
    pos++;
  }
  return { pos, depth, last, flags, a, b, x, y, head, tail };
};

function readPoint(input) {
  var n = input.length;
  var p = { x: n };
  p.y = n;
  return p;
}
