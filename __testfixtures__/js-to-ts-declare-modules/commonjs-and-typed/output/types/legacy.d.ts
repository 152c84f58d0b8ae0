// Types for legacy, which has none: derived from how this project uses it (codemorph js-to-ts-declare-modules).
declare module 'legacy' {
  const legacy: Legacy;
  export = legacy;
  interface Legacy {
    open(path: string, arg2?: unknown): OpenResult;
    log(path: string, arg2: number): void;
  }
  interface OpenResult {
    read(): string;
    close(): void;
    size: number;
  }
}
