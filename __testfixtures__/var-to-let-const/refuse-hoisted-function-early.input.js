export function main() {
  var result = read();
  var source = 'db';
  return result;
  function read() {
    return source;
  }
}
