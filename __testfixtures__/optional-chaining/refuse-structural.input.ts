interface Sized {
  length: number;
  slice(start: number): Sized;
}

// A string fits Sized, and "" is falsy.
export function tail(value: Sized | undefined): boolean {
  return !!(value && value.slice(1));
}
