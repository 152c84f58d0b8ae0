/**
 * The JSDoc says string; a caller in another file passes a number, so `id` stays as it is.
 * @param {string} id
 * @param {boolean} [exact] whether case matters
 * @returns {string}
 */
export function find(id, exact) {
  return exact ? String(id) : String(id).toLowerCase();
}
