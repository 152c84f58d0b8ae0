declare function load(id: string): Promise<string>;

// The early return gives a plain string; an async function would return a promise there.
export function name(id: string) {
  if (id === '') return 'anonymous';
  return load(id).then((value) => value.trim());
}
