/** @returns {Promise<number>} */
export function total() {
  return Promise.resolve(1).then((base) => base + arguments.length);
}
