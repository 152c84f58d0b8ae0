// Types for @scope/pad, which has none: derived from how this project uses it (codemorph js-to-ts-declare-modules).
declare module '@scope/pad' {
  function pad(text: string, width: number): string;
  export = pad;
}
