if (!seen.includes(node)) {
  seen.push(node);
}
const missing = !keys.includes(key);
const loose = !keys.includes(key);
const reversed = !keys.includes(key);
const parenthesized = !keys.includes(key);
