import legacy = require('legacy');
import typed = require('typed');

export function firstLine(path: string): string {
  const file = legacy.open(path, { encoding: 'utf8' });
  const text: string = file.read();
  file.close();
  legacy.log(path, typed());
  return text.split('\n')[0] ?? '';
}

export function each(paths: string[], visit: (file: unknown) => void): void {
  for (const path of paths) visit(legacy.open(path));
}

export function lastOffset(path: string): number {
  const file = legacy.open(path);
  file['close']();
  return file.size - 1;
}
