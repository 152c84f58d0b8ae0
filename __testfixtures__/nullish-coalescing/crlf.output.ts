interface Cache {
  size: number;
}

export function pick(a: Cache | undefined, b: Cache): Cache {
  return a ?? b;
}
