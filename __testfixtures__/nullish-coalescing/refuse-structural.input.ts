// A string satisfies { length: number }, and "" is falsy.
interface Sized {
  length: number;
}

export function sized(value: Sized | undefined): Sized {
  return value || [];
}
