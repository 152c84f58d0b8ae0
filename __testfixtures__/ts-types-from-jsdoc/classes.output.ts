export class Counter {
  /** how many so far */
  count: number = 0;

  label: string | undefined;

  /**
   * @param start where to begin
   */
  constructor(start: number, label?: string) {
    this.count = start;
    this.label = label;
  }

  /**
   * Adds to the count.
   * @param [by=1] step
   * @returns the new count
   */
  add(by: number = 1): number {
    this.count += by;
    return this.count;
  }

  get even(): boolean {
    return this.count % 2 === 0;
  }

  set value(value: number) {
    this.count = value;
  }

  static async total(counters: Counter[]): Promise<number> {
    return counters.reduce((sum, counter) => sum + counter.count, 0);
  }
}

/**
 * A method borrowed by prototype code.
 */
export function repeat(this: Counter, times: number) {
  for (let i = 0; i < times; i++) this.add();
}
