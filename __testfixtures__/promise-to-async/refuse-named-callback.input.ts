declare function load(): Promise<string>;
declare function show(text: string): void;

export function start(): Promise<void> {
  return load().then(function named(text) {
    show(text);
  });
}
