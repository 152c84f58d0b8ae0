export class Queue<T> {
  private items: T[] = [];

  push(item: T): void {
    this.items.push(item);
  }

  /** Removes and returns the oldest item. */
  take(): T | undefined {
    return this.items.shift();
  }
}

export interface Takes<T> {
  take(): T | undefined;
}
