declare function load(): Promise<string>;

export function parse(): Promise<number> {
  return load()
    .then((text) => {
      if (text === '') return 0;
      return text.length;
    })
    .then((size) => size * 2);
}
