export function counter() {
  let n = 0;
  return function () {
    return ++n;
  };
}
