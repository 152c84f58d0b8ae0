export function f() {
  try {
    throw new Error('x');
  } catch (e) {
    var e = 'replaced';
  }
}
