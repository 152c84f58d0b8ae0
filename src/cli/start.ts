import { createRequire } from 'node:module';
import type { startHookCommand as StartHookCommand } from './start-hook.js';

// What bin/ runs for every command but `run` and `rewrite`. The command line is bundled twice
// (scripts/bundle-cli.mjs): as ES modules with code splitting, which load only what a command
// uses, and as one CommonJS file (main.cjs) that is loaded through V8's code cache like TypeScript
// (src/core/compile-cache.cjs). Node 20 keeps no compiled code of ES modules across runs, and
// resolving, reading and linking the ~45 modules of a one-file check cost more than the code in
// them; the one file costs more than the few modules of --version or --help, 1.7 MB read and set
// up (docs/performance.md, "Start-up"). So the commands a pre-commit hook runs take the file
// (bin/codemorph.cjs calls src/cli/start-hook.ts for them, with no ES module loaded at all), the
// others the modules. This file is itself a small ES module of the bundle (dist/cli/start.js).

/** Commands whose start-up a pre-commit hook feels: run from main.cjs (bin/codemorph.cjs names them too). */
export const HOOK_COMMANDS: ReadonlySet<string> = new Set(['run', 'rewrite']);

/** Runs the command line on `argv` (without node and the script) and returns its exit code. */
export async function startCli(argv: readonly string[]): Promise<number> {
  if (HOOK_COMMANDS.has(argv[0] ?? '')) {
    const hook = createRequire(import.meta.url)('./start-hook.cjs') as { startHookCommand: typeof StartHookCommand };
    return hook.startHookCommand(argv);
  }
  return (await import('./main.js')).main(argv);
}
