// The command line as a few bundled ES modules in dist/cli/ (bin/ loads them), beside tsc's
// dist/src/ (the library users import as `codemorph`, and the tests). Node 20 has no compile cache
// for ES modules and resolves, reads and links each module on its own: the CLI's ~60 modules and
// the ~70 of its small dependencies cost more than the code in them (docs/performance.md,
// "Start-up"). esbuild (a devDependency) bundles; code splitting keeps every `await import()`
// lazy, so `--help` still loads no runner and a run only the passes it runs.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

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
  main: 'src/cli/main.ts',
  // Loaded by bin/ first: starts reading TypeScript for a small run (small on purpose).
  early: 'src/cli/early-prefetch.ts',
  // Started by piscina in each worker thread: src/runner/pool.ts finds it beside its own chunk.
  worker: 'src/runner/worker.ts',
  // A module-resolution hook that src/engines/jscodeshift/shared-copy.ts registers by file name.
  'esm-hook': 'src/engines/jscodeshift/esm-hook.ts',
};

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Writes dist/cli/ from the sources (the TypeScript is compiled by esbuild, checked by tsc). */
export async function bundleCli(root) {
  const outdir = join(root, 'dist', 'cli');
  const placement = {
    name: 'codemorph-placement',
    setup(context) {
      context.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData?.inner) return undefined;
        const bare = !args.path.startsWith('.') && !args.path.startsWith('/');
        if (bare) {
          const fromPackage = /[\\/]node_modules[\\/]/.test(args.importer);
          if (args.path.startsWith('node:') || (!fromPackage && !BUNDLED_PACKAGES.includes(packageName(args.path)))) {
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
        return undefined;
      });
    },
  };
  await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
    // Bundled CommonJS (fast-glob, commander) requires Node's modules; esbuild's ESM output has no
    // `require` of its own to do that with.
    banner: { js: "import { createRequire as __codemorphRequire } from 'node:module'; const require = __codemorphRequire(import.meta.url);" },
    plugins: [placement],
  });
  return resolve(outdir);
}
