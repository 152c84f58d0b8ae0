export function wrap(input: string | number): Buffer {
  return new Buffer(input as string);
}
