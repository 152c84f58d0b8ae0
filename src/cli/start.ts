import { fileURLToPath } from 'node:url';
import { prefetchForArgv } from './early-prefetch.js';
import type { main as Main } from './main.js';

// What bin/ runs. The command line is bundled twice (scripts/bundle-cli.mjs): as ES modules with
// code splitting, which load only what a command uses, and as one CommonJS file (main.cjs) that is
// loaded through V8's code cache like TypeScript (src/core/compile-cache.cjs). Node 20 keeps no
// compiled code of ES modules across runs, and resolving, reading and linking the ~45 modules of a
// one-file check cost more than the code in them; the one file costs more than the few modules of
// --version or --help, 1.7 MB read and set up (docs/performance.md, "Start-up"). So the commands a
// pre-commit hook runs take the file, the others the modules. This file is itself a small ES module
// of the bundle (dist/cli/start.js); main.cjs exists only there.

/** Commands whose start-up a pre-commit hook feels: run from main.cjs. */
const HOOK_COMMANDS = new Set(['run', 'rewrite']);

/** Runs the command line on `argv` (without node and the script) and returns its exit code. */
export async function startCli(argv: readonly string[]): Promise<number> {
  // A small run starts reading TypeScript now, while the command line loads (early-prefetch.ts).
  prefetchForArgv(process.cwd(), argv);
  if (!HOOK_COMMANDS.has(argv[0] ?? '')) return (await import('./main.js')).main(argv);
  const { requireCached } = await import('../core/compile-cache.cjs');
  const cli = requireCached(fileURLToPath(new URL('./main.cjs', import.meta.url)), undefined, { saveLater: true });
  try {
    return await (cli.exports as { main: typeof Main }).main(argv);
  } finally {
    // Made after the command ran, the cache holds the functions it compiled, not only the top level.
    cli.save?.();
  }
}
