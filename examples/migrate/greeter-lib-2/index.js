/** Version 2: renamed from greet, and one options object instead of positional arguments. */
export function sayHello({ name, punctuation = '!' }) {
  return `Hello, ${name}${punctuation}`;
}
