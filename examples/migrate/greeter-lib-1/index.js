/** Version 1: positional arguments. */
export function greet(name, punctuation = '!') {
  return `Hello, ${name}${punctuation}`;
}
