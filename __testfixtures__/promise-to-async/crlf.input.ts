declare function version(): Promise<string>;

export function banner(): Promise<string> {
  return version()
    .then((v) => v.trim())
    .then((v2) => `tool ${v2}`);
}
