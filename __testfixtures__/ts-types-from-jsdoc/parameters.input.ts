/**
 * @param {{ name: string, tags: string[] }} options
 * @param {number} [retries] how often
 * @param {function(Error): void} onError
 */
export function start({ name, tags }, retries, onError) {
  if (retries === undefined) onError(new Error(name + tags.join(',')));
}

/**
 * @param {Object} options
 * @param {string} options.url where
 * @param {number=} options.timeout
 * @returns {string}
 */
export function fetchText(options) {
  return options.url + (options.timeout ?? 0);
}

/**
 * @callback Listener
 * @param {string} event
 * @param {...*} args
 * @returns {void}
 */

/** @type {Listener[]} */
export const listeners = [];

/**
 * @param {!Listener} listener
 * @returns {() => void}
 */
export const listen = (listener) => {
  listeners.push(listener);
  return () => void listeners.splice(listeners.indexOf(listener), 1);
};

/** @param {?number} n */
export const twice = n => (n ?? 0) * 2;

declare const input: unknown;
/** @type {string[]} */
export const words = /** @type {string} */ (input).split(' ');
export const size = /** @type {{ length: number }} */ (words /* the list */).length;
