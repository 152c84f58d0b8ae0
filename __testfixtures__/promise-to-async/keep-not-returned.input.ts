declare function load(): Promise<string>;
declare function show(text: string): void;

// A chain that is not the function's result is not a candidate: nothing awaits it.
export function start(): Promise<void> {
  load().then((text) => show(text));
  return Promise.resolve();
}
