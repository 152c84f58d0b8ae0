export class Counter {
  /** @type {number} how many so far */
  count = 0;

  /** @type {string | undefined} */
  label;

  /**
   * @param {number} start where to begin
   * @param {string=} label
   */
  constructor(start, label) {
    this.count = start;
    this.label = label;
  }

  /**
   * Adds to the count.
   * @param {number} [by=1] step
   * @returns {number} the new count
   */
  add(by = 1) {
    this.count += by;
    return this.count;
  }

  /** @returns {boolean} */
  get even() {
    return this.count % 2 === 0;
  }

  /** @param {number} value */
  set value(value) {
    this.count = value;
  }

  /**
   * @param {Array.<Counter>} counters
   * @returns {Promise<number>}
   */
  static async total(counters) {
    return counters.reduce((sum, counter) => sum + counter.count, 0);
  }
}

/**
 * A method borrowed by prototype code.
 * @this {Counter}
 * @param {number} times
 */
export function repeat(times) {
  for (let i = 0; i < times; i++) this.add();
}
