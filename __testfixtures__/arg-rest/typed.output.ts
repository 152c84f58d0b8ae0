export function join(...args: any[]) {
  return Array.from(args).join(',');
}
