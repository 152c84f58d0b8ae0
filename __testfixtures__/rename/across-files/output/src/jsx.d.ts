// Just enough JSX typing for the fixture to type-check without React installed.
declare namespace JSX {
  interface IntrinsicElements {
    [name: string]: Record<string, unknown>;
  }
}
