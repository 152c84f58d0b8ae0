// Types for the compiler file ts-morph bundles (see typescript.cts): ts-morph's own `ts`.
declare module '@ts-morph/common/dist/typescript.js' {
  import { ts } from 'ts-morph';
  export = ts;
}
