// Where TypeScript's compiler is (the copy ts-morph bundles; see typescript.cjs, which loads it),
// and a way to start reading it before it is loaded. Plain CommonJS like typescript.cjs beside it
// (scripts/build.mjs copies both into dist/), small so that resolving the path loads nothing else.
'use strict';
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');

// Resolved from ts-morph's own location, not ours: @ts-morph/common is ts-morph's dependency, not
// codemorph's, so a strict layout (pnpm) only reaches it from there, and only there is it certain
// to be the very copy ts-morph loads.
const original = createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common/dist/typescript.js');

/**
 * The build's minified copy of `original` (scripts/minify-typescript.mjs) in the first of
 * `vendors` holding one, when it was made from the file installed here: the same @ts-morph/common
 * version and the same size. A third of the size, so less to read, check and decode at every
 * start. Undefined when there is none (sources not built), it was made from another version
 * (ts-morph updated after the build), or CODEMORPH_MINIFIED_TYPESCRIPT=0 (readable stack traces
 * inside the compiler).
 */
function minifiedCopy(original, vendors) {
  if (process.env.CODEMORPH_MINIFIED_TYPESCRIPT === '0') return undefined;
  for (const vendor of vendors) {
    let record;
    try {
      record = JSON.parse(fs.readFileSync(path.join(vendor, 'typescript.json'), 'utf8'));
    } catch {
      continue;
    }
    try {
      const installed = JSON.parse(fs.readFileSync(path.join(path.dirname(original), '..', 'package.json'), 'utf8')).version;
      if (installed !== record.version || fs.statSync(original).size !== record.size) return undefined;
    } catch {
      return undefined;
    }
    // A record without its copy (a build cut short): the original, rather than a failing require.
    const copy = path.join(vendor, 'typescript.min.cjs');
    return fs.existsSync(copy) ? copy : undefined;
  }
  return undefined;
}

// dist/vendor/ from dist/src/core/ in the package; from src/core/ when tests load the sources.
const VENDORS = [path.join(__dirname, '..', '..', 'vendor'), path.join(__dirname, '..', '..', 'dist', 'vendor')];

exports.minifiedCopy = minifiedCopy;
/** The file ts-morph requires as its compiler: the module loaded is registered under this path too. */
exports.typescriptOriginal = original;
/** The file the compiler is loaded from: the minified copy, or the original. */
exports.typescriptFile = minifiedCopy(original, VENDORS) ?? original;

/**
 * Starts reading the compiler and its compile cache on the thread pool (compile-cache.cjs
 * prefetch): a run that will parse on this thread calls it before walking the tree, and awaits it
 * before loading TypeScript. Never rejects.
 */
exports.prefetchTypeScript = () => require('./compile-cache.cjs').prefetch(exports.typescriptFile);
