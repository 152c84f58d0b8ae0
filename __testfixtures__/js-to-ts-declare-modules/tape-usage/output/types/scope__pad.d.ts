// Types for @scope/pad, which has none: derived from how this project uses it (codemorph js-to-ts-declare-modules).
declare module '@scope/pad' {
  const _default: Pad;
  export default _default;
  interface Pad {
    (text: string, width: number): string;
  }
}
