export function f(): number {
  // the counter
  const /* inline */ n = 1; // trailing
  /** docs */
  const m = n /* why */ + 1;
  return m;
}
