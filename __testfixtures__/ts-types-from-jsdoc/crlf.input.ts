/**
 * Doubles.
 * @param {number} n the number
 * @returns {number}
 */
export function double(n) {
  return n * 2;
}

/** @type {string[]} */
export const names = [];
