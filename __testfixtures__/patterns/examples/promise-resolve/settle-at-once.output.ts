export function cached(key: string): Promise<string> {
  const hit = cache.get(key);
  if (hit !== undefined) {
    return Promise.resolve(hit);
  }
  if (key === '') {
    return Promise.reject(new TypeError('empty key'));
  }
  if (key === 'none') return Promise.resolve(null);
  return load(key);
}

// Left alone: the value could throw (a rejection in the executor, a throw in Promise.resolve),
// the callee is not the executor's parameter, or the executor does more than settle.
export const parsed = new Promise((resolve) => resolve(JSON.parse(text)));
export const other = new Promise((resolve) => callback(value));
export const later = new Promise((resolve) => {
  setTimeout(() => resolve(1), 10);
});

declare const cache: Map<string, string>;
declare function load(key: string): Promise<string>;
declare const text: string;
declare const value: unknown;
declare function callback(value: unknown): void;
