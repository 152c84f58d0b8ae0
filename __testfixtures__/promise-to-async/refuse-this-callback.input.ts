declare function load(): Promise<string>;

export class Loader {
  prefix = '>';

  label(): Promise<string> {
    return load().then(function (value) {
      // `this` is undefined inside the callback, but would be the Loader once inlined.
      return (this as unknown as Loader | undefined)?.prefix + value;
    });
  }
}
