// `npm run build`: a clean dist/ (so a pack never ships files of deleted sources), tsc, then the
// hand-written CommonJS module and its declarations that tsc does not emit (src/core/typescript.cjs),
// the command line bundled into dist/cli/ (scripts/bundle-cli.mjs; bin/ loads it), a minified copy of
// the TypeScript compiler (scripts/minify-typescript.mjs, dist/vendor/), and last the
// declarations no entry point reaches are removed: package.json `exports` lets
// consumers import `codemorph` and `codemorph/testing` only, so the CLI's and the built-in passes'
// .d.ts files would ship unused (two thirds of them).
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli } from './bundle-cli.mjs';
import { minifyTypeScript } from './minify-typescript.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const COPIED = ['src/core/typescript.cjs', 'src/core/typescript.d.cts', 'src/core/typescript-file.cjs', 'src/core/typescript-file.d.cts', 'src/core/compile-cache.cjs', 'src/core/compile-cache.d.cts', 'src/core/import-module.cjs', 'src/core/import-module.d.cts'];
const ENTRY_DECLARATIONS = ['src/index.d.ts', 'src/testing/index.d.ts'];

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/package.json').replace(/package\.json$/, 'bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 2);
for (const path of COPIED) copyFileSync(join(root, path), join(dist, path));
await bundleCli(root);
await minifyTypeScript(root);

/** The declaration file a relative specifier in a declaration file names. */
function declarationOf(from, specifier) {
  return resolve(dirname(from), specifier).replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts');
}

const reached = new Set();
const pending = ENTRY_DECLARATIONS.map((path) => join(dist, path));
while (pending.length > 0) {
  const file = pending.pop();
  if (reached.has(file)) continue;
  reached.add(file);
  // `from './x.js'`, `import('./x.js')` and `import x = require('./x.cjs')`: every relative reference.
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\(\s*|require\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    pending.push(declarationOf(file, match[1]));
  }
}

function* declarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarations(path);
    else if (/\.d\.c?ts$/.test(entry.name)) yield path;
  }
}
for (const path of [...declarations(dist)]) if (!reached.has(path)) rmSync(path);
