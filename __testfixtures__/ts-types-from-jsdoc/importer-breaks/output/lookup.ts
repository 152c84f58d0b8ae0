/**
 * The JSDoc says string; a caller in another file passes a number, so `id` stays as it is.
 * @param {string} id
 * @param [exact] whether case matters
 */
export function find(id, exact?: boolean): string {
  return exact ? String(id) : String(id).toLowerCase();
}
