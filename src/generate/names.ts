/**
 * Name helpers for templates and file names, with the meanings Angular and Nx users know:
 * `dasherize('FooBar baz')` → `foo-bar-baz`, `classify` → `FooBarBaz`, `camelize` → `fooBarBaz`,
 * `underscore` → `foo_bar_baz`.
 */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export function dasherize(name: string): string {
  return words(name).join('-');
}

export function underscore(name: string): string {
  return words(name).join('_');
}

export function classify(name: string): string {
  return words(name).map(capitalize).join('');
}

export function camelize(name: string): string {
  const [first = '', ...rest] = words(name);
  return first + rest.map(capitalize).join('');
}

export const nameHelpers = { dasherize, classify, camelize, underscore } as const;
export type NameHelper = keyof typeof nameHelpers;
