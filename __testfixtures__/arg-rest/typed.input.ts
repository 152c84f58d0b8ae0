export function join() {
  return Array.from(arguments).join(',');
}
