declare function load(): Promise<string[]>;

export function count(): Promise<number> {
  return load() // the list of files
    .then((files) => files.length);
}
