export class Cache {
  constructor() {
    /** @type {Map<string, number>} */
    this.entries = new Map();
    /**
     * When the cache was last cleared.
     * @type {?Date}
     */
    this.cleared = null;
  }

  clear() {
    this.entries.clear();
    this.cleared = new Date();
  }
}
