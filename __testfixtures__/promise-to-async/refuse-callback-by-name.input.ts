declare function load(): Promise<string>;

// `.then(parse)` calls parse with this = undefined and exactly one argument; inlining as
// `parse(value)` is not always the same (a method reference would get its object as this).
export function parsed(): Promise<unknown> {
  return load().then(JSON.parse);
}
