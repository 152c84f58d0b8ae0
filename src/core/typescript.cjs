// ts-morph bundles TypeScript's compiler as @ts-morph/common/dist/typescript.js (module.exports =
// the `ts` namespace). Requiring it alone costs ~170 ms where all of ts-morph costs ~360 ms, so the
// syntax path loads just this: the module ts-morph wraps as its `ts`, one copy in memory. This file is
// CommonJS on purpose: an ESM import of the 9 MB file would make Node scan it for named exports.
// It is resolved from ts-morph's own location, not ours: @ts-morph/common is ts-morph's
// dependency, not codemorph's, so a strict layout (pnpm) only reaches it from there, and only
// there is it certain to be the very copy ts-morph loads.
// Plain JavaScript with a hand-written typescript.d.cts beside it (scripts/build.mjs copies both
// into dist/): TypeScript cannot express "this value, typed as ts-morph's `ts` namespace" in a
// source file without importing ts-morph at run time.
'use strict';
const { createRequire } = require('node:module');

// A named export (not `module.exports =`): Node's ESM loader finds `exports.ts` in this small file,
// and the declarations stay plain ES syntax, which every consumer's tooling reads.
exports.ts = createRequire(require.resolve('ts-morph'))('@ts-morph/common/dist/typescript.js');
