import { fileURLToPath } from 'node:url';
import { requireCached } from '../core/compile-cache.cjs';
import { prefetchForArgv } from './early-prefetch.js';
import type { main as Main } from './main.js';

// How `run` and `rewrite` start, the commands a pre-commit hook runs. bin/codemorph.cjs requires
// this file's CommonJS bundle (dist/cli/start-hook.cjs, scripts/bundle-cli.mjs), so that such a
// run never starts Node's ES module loader: an ES module entry point cost a one-file check
// 10 ms of wall time (21 interleaved runs, docs/performance.md "Start-up"). The command line is
// then main.cjs, one CommonJS file loaded through V8's code cache like TypeScript
// (src/core/compile-cache.cjs). Other commands load the ES modules (src/cli/start.ts).

/** Runs `run` or `rewrite` on `argv` (without node and the script) and returns its exit code. */
export async function startHookCommand(argv: readonly string[]): Promise<number> {
  // A small run starts reading TypeScript now, while the command line loads (early-prefetch.ts).
  prefetchForArgv(process.cwd(), argv);
  const cli = requireCached(fileURLToPath(new URL('./main.cjs', import.meta.url)), undefined, { saveLater: true });
  try {
    return await (cli.exports as { main: typeof Main }).main(argv);
  } finally {
    // Made after the command ran, the cache holds the functions it compiled, not only the top level.
    cli.save?.();
  }
}
