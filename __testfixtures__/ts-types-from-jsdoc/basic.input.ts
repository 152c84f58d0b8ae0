/**
 * Adds.
 * @param {number} a the first
 * @param {?string} [b] second
 * @param {Object.<string, number>} m map
 * @param {...number} rest
 * @returns {Array.<number>} out
 */
export function add(a, b, m, ...rest) {
  return [a, b ? b.length : 0, m.x ?? 0, ...rest];
}

/** @type {function(string): number} */
const f = (s) => s.length;
f('a');

/** @typedef {{ x: number, y: number }} Point */

/**
 * Options.
 * @typedef {Object} Opts
 * @property {string} name the name
 * @property {number=} age
 */

/**
 * @param {Opts} opts
 * @param {Point} p where
 * @return {string}
 */
export function greet(opts, p) {
  return opts.name + p.x;
}

/**
 * @template T
 * @param {T[]} items
 * @returns {T | undefined}
 */
export const first = (items) => items[0];

/** @param {*} x */
export const show = (x) => String(x);

/** @param {*} x */
export const bad = (x) => x.foo;
