import { readFile } from 'node:fs/promises';

export function load(paths, cache) {
  const sizes = paths.map(function (path) {
    return path.length;
  });
  paths.forEach(function(path, index) { cache.set(path, sizes[index]); });
  const pending = paths.map(async function (path) {
    const text = await readFile(path, 'utf8');
    return text.trim();
  });
  const handlers = { onDone: function () { return pending; } };
  const pick = cache.size ? function () { return 1; } : function () { return 2; };
  let later;
  later = function () {
    return [handlers, pick];
  };
  return later;
}
