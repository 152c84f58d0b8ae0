// The compiler ts-morph bundles (typescript.cjs loads it), typed as ts-morph's exported `ts`:
// @ts-morph/common/dist/typescript.js has no declarations of its own, and ts-morph is a direct
// dependency that consumers' compilers can always resolve. (The `typescript` package in our
// dependencies is TypeScript 7, the native compiler run as `tsc`; it is not this API.)
export { ts } from 'ts-morph';
