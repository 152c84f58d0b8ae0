declare function load(): Promise<string>;

// The rejection handler covers load() only, not the success callback: no plain try/catch equivalent.
export function text(): Promise<string> {
  return load().then(
    (value) => value.trim(),
    () => '',
  );
}
