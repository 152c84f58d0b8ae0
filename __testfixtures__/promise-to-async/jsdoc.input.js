/**
 * @param {string} path
 * @returns {Promise<number>}
 */
export function lineCount(path) {
  return Promise.resolve(path)
    .then((file) => file.split('\n'))
    .then((lines) => lines.length);
}
