export class Store<T> {
  private items = new Map<string, T>();

  /** @deprecated use {@link Store.read} */
  get(key: string): T | undefined {
    return this.items.get(key);
  }

  read(key: string, fallback?: T): T | undefined {
    return this.items.get(key) ?? fallback;
  }

  set(key: string, value: T): this {
    this.items.set(key, value);
    return this;
  }
}

export class CachedStore<T> extends Store<T> {}
