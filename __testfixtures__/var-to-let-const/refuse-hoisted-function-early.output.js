export function main() {
  const result = read();
  var source = 'db';
  return result;
  function read() {
    return source;
  }
}
