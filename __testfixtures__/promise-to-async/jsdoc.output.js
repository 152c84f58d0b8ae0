/**
 * @param {string} path
 * @returns {Promise<number>}
 */
export async function lineCount(path) {
  const file = await Promise.resolve(path);
  const lines = file.split('\n');
  return lines.length;
}
