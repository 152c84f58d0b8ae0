declare function load(): Promise<string[]>;

export async function first(): Promise<string | undefined> {
  // only the first line matters
  const lines = await load();
  // skip the header
  return lines[1]; // may be missing
}

export function keepsChainComment(): Promise<number> {
  return load() // fetch
    .then((lines) => lines.length);
}
