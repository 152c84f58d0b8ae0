declare function load(id: string): Promise<string>;

export async function totalLength(ids: string[]): Promise<number> {
  const lengthOf = async (id: string) => {
    const value = await load(id);
    return value.length;
  };
  const sizes = await Promise.all(ids.map(lengthOf));
  return sizes.reduce((sum, size) => sum + size, 0);
}
