// ts-morph bundles TypeScript's compiler as @ts-morph/common/dist/typescript.js (module.exports =
// the `ts` namespace). Requiring it alone costs ~170 ms where all of ts-morph costs ~360 ms, so the
// syntax path loads just this: the same object ts-morph uses, one copy in memory. This file is
// CommonJS on purpose: an ESM import of the 9 MB file would make Node scan it for named exports.
import ts = require('@ts-morph/common/dist/typescript.js');
export = ts;
