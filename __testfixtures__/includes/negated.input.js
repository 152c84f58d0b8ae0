if (seen.indexOf(node) === -1) {
  seen.push(node);
}
const missing = keys.indexOf(key) < 0;
const loose = keys.indexOf(key) == -1;
const reversed = -1 === keys.indexOf(key);
const parenthesized = (keys.indexOf(key)) === -1;
