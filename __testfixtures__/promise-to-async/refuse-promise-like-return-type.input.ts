declare function load(): Promise<string>;

export function size(): PromiseLike<number> {
  return load().then((value) => value.length);
}
