/** @returns {Promise<number>} */
export function size() {
  return Promise.resolve('abc').then((text) => {
    var length = text.length;
    return length;
  });
}
