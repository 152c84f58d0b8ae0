// Where TypeScript's compiler is (the copy ts-morph bundles; see typescript.cjs, which loads it),
// and a way to start reading it before it is loaded. Plain CommonJS like typescript.cjs beside it
// (scripts/build.mjs copies both into dist/), small so that resolving the path loads nothing else.
'use strict';
const { createRequire } = require('node:module');

// Resolved from ts-morph's own location, not ours: @ts-morph/common is ts-morph's dependency, not
// codemorph's, so a strict layout (pnpm) only reaches it from there, and only there is it certain
// to be the very copy ts-morph loads.
const file = createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common/dist/typescript.js');

exports.typescriptFile = file;

/**
 * Starts reading the compiler and its compile cache on the thread pool (compile-cache.cjs
 * prefetch): a run that will parse on this thread calls it before walking the tree, and awaits it
 * before loading TypeScript. Never rejects.
 */
exports.prefetchTypeScript = () => require('./compile-cache.cjs').prefetch(file);
