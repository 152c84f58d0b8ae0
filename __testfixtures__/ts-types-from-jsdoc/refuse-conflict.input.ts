/**
 * The JSDoc says string, the callers pass numbers: as an annotation it would be an error.
 * @param {string} id
 */
export function find(id) {
  return id;
}

find(42);
