declare function load(id: string): Promise<string>;

export function totalLength(ids: string[]): Promise<number> {
  const lengthOf = (id: string) => load(id).then((value) => value.length);
  return Promise.all(ids.map(lengthOf)).then((sizes) => sizes.reduce((sum, size) => sum + size, 0));
}
