// `npm run build` step: a minified copy of the TypeScript compiler that the syntax path loads
// (src/core/typescript-file.cjs), made from the very file ts-morph bundles
// (@ts-morph/common/dist/typescript.js, 9 MB). Every run that parses loads the compiler first;
// a copy a third the size is less to read, to check and to decode. A one-file `run
// var-to-let-const --check` took 382 ms against 344 ms with the copy (interleaved, medians of 15,
// docs/performance.md "Start-up").
//
// Before minifying, two changes make loading the compiler cheaper (scripts/typescript-start-up.mjs:
// namespace objects as literals, node:crypto required when first used); the record lists them.
//
// The copy is used only where it was made from the file installed beside it: typescript-file.cjs
// compares the installed file's size and @ts-morph/common's version with what this step records
// in dist/vendor/typescript.json, and loads the original otherwise.
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { fasterStartUp } from './typescript-start-up.mjs';

/** The compiler ts-morph loads, found as typescript-file.cjs finds it. */
export function originalTypeScript(root) {
  const fromRoot = createRequire(join(root, 'package.json'));
  return createRequire(fromRoot.resolve('ts-morph')).resolve('@ts-morph/common/dist/typescript.js');
}

/** Writes dist/vendor/typescript.min.cjs, its record (typescript.json) and TypeScript's license. */
export async function minifyTypeScript(root) {
  const original = originalTypeScript(root);
  const common = JSON.parse(readFileSync(join(dirname(original), '..', 'package.json'), 'utf8'));
  const vendor = join(root, 'dist', 'vendor');
  mkdirSync(vendor, { recursive: true });
  // Parsed with the compiler itself (the original, loaded once here at build time).
  const { text, changes } = fasterStartUp(createRequire(original)(original), readFileSync(original, 'utf8'));
  await build({
    stdin: { contents: text, sourcefile: original, loader: 'js' },
    outfile: join(vendor, 'typescript.min.cjs'),
    bundle: false,
    platform: 'node',
    // Whitespace, syntax and local names; property names (the API ts-morph and we call) are kept.
    minify: true,
    // Microsoft's Apache-2.0 notice at the top of the file stays; ours says the file was changed.
    legalComments: 'inline',
    banner: { js: `/*! Minified by codemorph's build (scripts/minify-typescript.mjs) from ${common.name}@${common.version}/dist/typescript.js. License: TYPESCRIPT-LICENSE.txt */` },
    logLevel: 'warning',
  });
  const record = { from: `${common.name}@${common.version}/dist/typescript.js`, version: common.version, size: statSync(original).size, changes };
  writeFileSync(join(vendor, 'typescript.json'), `${JSON.stringify(record, null, 2)}\n`);
  // The same Apache-2.0 text as TypeScript 7's package (the `typescript` dependency) ships.
  const typescriptPackage = createRequire(join(root, 'package.json')).resolve('typescript/package.json');
  copyFileSync(join(dirname(typescriptPackage), 'LICENSE'), join(vendor, 'TYPESCRIPT-LICENSE.txt'));
  return join(vendor, 'typescript.min.cjs');
}
