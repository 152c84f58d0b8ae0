export function main() {
  const base = 10;
  return add(1);
  function add(n) {
    return base + n;
  }
}
