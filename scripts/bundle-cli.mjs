// The command line as bundles in dist/cli/ (bin/ loads them), beside tsc's dist/src/ (the library
// users import as `codemorph`, and the tests). Node 20 keeps no compiled code of ES modules across
// runs and resolves, reads and links each module on its own: the CLI's ~60 modules and the ~70 of
// its small dependencies cost more than the code in them (docs/performance.md, "Start-up"). So:
// - start.js (bin/'s first step), worker.js (piscina's worker file), esm-hook.js (a loader hook) and
//   the command line as ES modules with code splitting, so every `await import()` stays lazy:
//   `--version` and `--help` load a few small modules.
// - main.cjs: the command line again, one CommonJS file loaded through V8's code cache
//   (src/core/compile-cache.cjs) for `run` and `rewrite`, whose start-up pre-commit hooks feel,
//   by start-hook.cjs (src/cli/start-hook.ts), which bin/codemorph.cjs requires for them: no ES
//   module loads in such a run. Every `await import()` of our modules is a lazy initializer inside it.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Packages bundled in (with the packages they import): pure JavaScript that locates no file of
 * its own at run time (no __dirname, no require.resolve), loaded on the common paths. Measured
 * on a one-file run: globby with fast-glob and friends are ~40 CommonJS files, commander,
 * chalk and diff ~25 more. Every other package stays external, loaded from node_modules as
 * before: TypeScript and ts-morph (9 MB of CommonJS, loaded by require with V8's code cache,
 * src/core/compile-cache.cjs), jscodeshift (one copy shared with users' transforms,
 * src/engines/jscodeshift/shared-copy.ts), piscina (finds its worker file beside itself), jiti,
 * and whatever a new dependency is until it is measured and listed here.
 */
export const BUNDLED_PACKAGES = ['commander', 'chalk', 'globby', 'diff', 'picomatch', 'lilconfig', 'semver'];

/**
 * Our modules the bundle imports from dist/src/ instead of copying: a user's pass or config
 * imports `codemorph` (dist/src/index.js), so a class that the CLI tests with `instanceof`
 * (CodemorphError, UsageError, NotInProjectError) must be the very same object in both; and the
 * hand-written CommonJS files, which hold TypeScript (one `ts` for users and the runner) and its
 * compile cache.
 */
const SHARED_WITH_LIBRARY = [/[\\/]src[\\/]core[\\/]errors\.ts$/, /\.cjs$/];

const ENTRIES = {
  // bin/'s first step for every command but run and rewrite (those: start-hook.cjs, below).
  start: 'src/cli/start.ts',
  // Started by piscina in each worker thread: src/runner/pool.ts finds it beside its own chunk.
  worker: 'src/runner/worker.ts',
  // A module-resolution hook that src/engines/jscodeshift/shared-copy.ts registers by file name.
  'esm-hook': 'src/engines/jscodeshift/esm-hook.ts',
};

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * The placement plugin: which imports are bundled, which stay external, and where the shared
 * files are found from dist/cli/. `bundled`: the packages bundled into this build.
 */
function placementPlugin(root, outdir, bundled) {
  return {
    name: 'codemorph-placement',
    setup(context) {
      context.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData?.inner) return undefined;
        const bare = !args.path.startsWith('.') && !args.path.startsWith('/');
        if (bare) {
          const fromPackage = /[\\/]node_modules[\\/]/.test(args.importer);
          if (args.path.startsWith('node:') || (!fromPackage && !bundled.includes(packageName(args.path)))) {
            return { path: args.path, external: true };
          }
          return undefined;
        }
        const found = await context.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { inner: true } });
        if (found.errors.length > 0 || !SHARED_WITH_LIBRARY.some((pattern) => pattern.test(found.path))) return found;
        // All output files sit in dist/cli/, so one relative path serves every chunk.
        const compiled = join(root, 'dist', relative(root, found.path)).replace(/\.ts$/, '.js');
        return { path: relative(outdir, compiled).split('\\').join('/'), external: true };
      });
      // A bundled package that looks for its own files would look beside the bundle, and an ES
      // module has no __dirname at all: such a package must stay external.
      context.onLoad({ filter: /[\\/]node_modules[\\/]/ }, (args) => {
        const code = readFileSync(args.path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
        const found = /\b(__dirname|__filename|require\.resolve)\b/.exec(code);
        if (found) return { errors: [{ text: `${relative(root, args.path)} uses ${found[1]}: leave its package out of BUNDLED_PACKAGES` }] };
        return lazyChildProcess(args.path) ?? lilconfigForBundle(args.path, root);
      });
    },
  };
}

// commander requires node:child_process when it loads, for executable subcommands, which
// codemorph has none of: with the modules it brings (dgram, the socket list) ~3 ms of every start.
const EAGER_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const LAZY_CHILD_PROCESS = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";

/**
 * commander's command.js with child_process required when a subcommand is spawned (it only ever
 * calls `childProcess.spawn`); undefined for any other file, or a commander written otherwise.
 */
function lazyChildProcess(file) {
  if (!/[\\/]commander[\\/]lib[\\/]command\.js$/.test(file)) return undefined;
  const code = readFileSync(file, 'utf8');
  const uses = code.match(/\bchildProcess\.\w+/g) ?? [];
  if (!code.includes(EAGER_CHILD_PROCESS) || uses.some((use) => use !== 'childProcess.spawn')) return undefined;
  return { contents: code.replace(EAGER_CHILD_PROCESS, LAZY_CHILD_PROCESS), loader: 'js', resolveDir: dirname(file) };
}

// lilconfig reads `fs.promises` as it loads (Node's promise-based fs and the stream modules it
// brings, ~3 ms of every start, for a synchronous search that never uses them), and loads .mjs
// configs with import(), which would throw inside main.cjs once it is cached (importsLeftIn).
const EAGER_READ_FILE = 'const fsReadFileAsync = fs.promises.readFile;';
const LAZY_READ_FILE = 'const fsReadFileAsync = (...args) => fs.promises.readFile(...args);';
const OWN_IMPORT = 'await import(/* webpackIgnore: true */ fileUrl)';

/**
 * lilconfig's source with `fs.promises` read when used and its one import() made through
 * src/core/import-module.cjs; undefined for any other file. A lilconfig written otherwise fails
 * the build (importsLeftIn), to be looked at, rather than ship an import() that throws.
 */
function lilconfigForBundle(file, root) {
  if (!/[\\/]lilconfig[\\/]src[\\/]index\.js$/.test(file)) return undefined;
  const code = readFileSync(file, 'utf8');
  if (!code.includes(EAGER_READ_FILE) || code.split(OWN_IMPORT).length !== 2) return undefined;
  const importModule = JSON.stringify(join(root, 'src', 'core', 'import-module.cjs'));
  const contents = code.replace(EAGER_READ_FILE, LAZY_READ_FILE).replace(OWN_IMPORT, `await require(${importModule}).importModule(fileUrl)`);
  return { contents, loader: 'js', resolveDir: dirname(file) };
}

/**
 * Where `import(…)` calls are left in a script: on Node 20 a function restored from V8's code
 * cache has lost its script's dynamic-import callback, so each would throw once main.cjs is cached.
 * Our modules import through src/core/import-module.cjs instead; a bundled package that imports
 * must stay external, or import through it (lilconfigForBundle). Read with TypeScript's parser, so
 * strings and comments that merely mention import( are not counted.
 */
export function importsLeftIn(file) {
  const { ts } = createRequire(import.meta.url)('@ts-morph/common');
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      found.push(`line ${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${node.getText(source).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Writes dist/cli/ from the sources (the TypeScript is compiled by esbuild, checked by tsc). */
export async function bundleCli(root) {
  const outdir = join(root, 'dist', 'cli');
  const common = { absWorkingDir: root, outdir, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
  await build({
    ...common,
    entryPoints: ENTRIES,
    splitting: true,
    format: 'esm',
    chunkNames: '[name]-[hash]',
    // Bundled CommonJS (fast-glob, commander) requires Node's modules; esbuild's ESM output has no
    // `require` of its own to do that with.
    banner: { js: "import { createRequire as __codemorphRequire } from 'node:module'; const require = __codemorphRequire(import.meta.url);" },
    plugins: [placementPlugin(root, outdir, BUNDLED_PACKAGES)],
  });
  await build({
    ...common,
    // start-hook.cjs: what bin/codemorph.cjs requires for `run` and `rewrite` (src/cli/start-hook.ts).
    entryPoints: { main: 'src/cli/main.ts', 'start-hook': 'src/cli/start-hook.ts' },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    // Our modules find files beside themselves from import.meta.url (the worker file, the version):
    // in the CommonJS file it is that file's URL, as it was each chunk's.
    define: { 'import.meta.url': '__codemorphFileUrl' },
    banner: { js: "const __codemorphFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [placementPlugin(root, outdir, BUNDLED_PACKAGES)],
  });
  for (const name of ['main.cjs', 'start-hook.cjs']) {
    asciiOnly(join(outdir, name));
    const left = importsLeftIn(join(outdir, name));
    if (left.length > 0) throw new Error(`dist/cli/${name} keeps import() calls (use src/core/import-module.cjs):\n${left.join('\n')}`);
  }
  return resolve(outdir);
}

/**
 * Makes a bundle ASCII-only. esbuild writes code as ASCII (its default charset escapes strings,
 * templates, regular expressions and names) but keeps comments as written, and a few of ours hold
 * `→` or `…`. A script that is all ASCII is read into V8 as one-byte text straight from its bytes
 * (compile-cache.cjs scriptText); one character beyond makes it UTF-8 to decode into two-byte text
 * (main.cjs: ~10 ms of a one-file check). Each such character, which can only be in a comment,
 * becomes its `\u{…}` escape: the same text to a reader of the comment.
 */
export function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/gu, (char) => `\\u{${char.codePointAt(0).toString(16)}}`);
  if (ascii !== text) writeFileSync(file, ascii);
}
