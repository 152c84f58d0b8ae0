declare function version(): Promise<string>;

export async function banner(): Promise<string> {
  const v = await version();
  const v2 = v.trim();
  return `tool ${v2}`;
}
