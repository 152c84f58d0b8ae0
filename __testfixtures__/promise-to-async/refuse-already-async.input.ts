declare function load(): Promise<string>;

export async function upper(): Promise<string> {
  return load().then((value) => value.toUpperCase());
}
