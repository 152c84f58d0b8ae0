declare function load(): Promise<string>;

export function length(): Promise<number> {
  return load()
    .catch(() => '')
    .then((value) => value.length);
}
