export function f(): number {
  // the counter
  var /* inline */ n = 1; // trailing
  /** docs */
  var m = n /* why */ + 1;
  return m;
}
