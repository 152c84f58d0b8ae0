export function notify(listeners: Array<(a: string, b: number) => void>, name: string): void {
  for (const listener of listeners) {
    listener(name, 1);
    listener(
      name, // who
      2,
    );
  }
  reset();
  // `this` matters here: the receiver is not undefined or null.
  listeners[0]!.apply(listeners, [name, 3]);
}
declare function reset(): void;
