import { readFile } from 'node:fs/promises';

export function load(paths, cache) {
  const sizes = paths.map((path) => {
    return path.length;
  });
  paths.forEach((path, index) => { cache.set(path, sizes[index]); });
  const pending = paths.map(async (path) => {
    const text = await readFile(path, 'utf8');
    return text.trim();
  });
  const handlers = { onDone: () => { return pending; } };
  const pick = cache.size ? () => { return 1; } : () => { return 2; };
  let later;
  later = () => {
    return [handlers, pick];
  };
  return later;
}
