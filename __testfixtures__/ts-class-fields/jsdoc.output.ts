export class Cache {
  entries: Map<string, number>;
  cleared: Date | null;

  constructor() {
    this.entries = new Map();
    /**
     * When the cache was last cleared.
     */
    this.cleared = null;
  }

  clear() {
    this.entries.clear();
    this.cleared = new Date();
  }
}
