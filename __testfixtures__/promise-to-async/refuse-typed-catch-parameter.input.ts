declare function load(): Promise<string>;

export function safe(): Promise<string> {
  return load().catch((error: Error) => error.message);
}
