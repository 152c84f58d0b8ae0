export function parse(text: any, options?: any) {
  return { text, strict: Boolean(options && options.strict) };
}

export const split = (text: any, separator?: any) => text.split(separator || ',');

export function typed(text: string, limit: number) {
  return text.slice(0, limit);
}

export function compare(a: unknown, b: unknown, options?: { strict?: boolean } | undefined) {
  return options && options.strict ? a === b : a == b;
}
