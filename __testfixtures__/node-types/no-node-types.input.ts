// Without @types/node the checker knows none of these: every case stays, Buffer() and _headers with a warning.
declare const Buffer: any;
export function build(size: number, res: { _headers: object }, entry: { path: string }) {
  return [new Buffer(size), res._headers, entry.path];
}
