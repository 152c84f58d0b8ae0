declare function load(id: string): Promise<{ id: string }>;

export function reload(id: string): Promise<string> {
  return load(id).then((record) => {
    const id = record.id.trim();
    return id;
  });
}
