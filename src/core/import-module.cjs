// `import(specifier)` for the command line's bundle. bin/ loads the bundle (dist/cli/main.cjs) with
// V8's code cache through vm.Script (compile-cache.cjs), and on Node 20 a function restored from a
// code cache loses the dynamic-import callback its script was compiled with: an import() inside the
// bundle then throws "A dynamic import callback was not specified". Here, in a file Node's own
// loader compiles, import() always works. The bundle keeps this file external (scripts/bundle-cli.mjs
// fails the build if an import() is left inside it). Plain CommonJS like typescript.cjs beside it.
'use strict';

/** The module namespace of `specifier` (a package name or a file: URL), as `import()` gives it. */
exports.importModule = (specifier) => import(specifier);
