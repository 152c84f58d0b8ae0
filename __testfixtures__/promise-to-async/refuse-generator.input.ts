declare function load(): Promise<string>;

export function* steps(): Generator<Promise<number>, Promise<number>> {
  yield load().then((text) => text.length);
  return load().then((text) => text.length);
}
