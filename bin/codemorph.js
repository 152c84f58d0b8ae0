#!/usr/bin/env node
import module from 'node:module';

// Node >= 22.1 keeps compiled code of loaded modules (TypeScript's 9 MB compiler above all) in a
// cache across runs; older Node has no such call and loses nothing. Before any import it helps.
module.enableCompileCache?.();
// A small run starts reading TypeScript now, while the command line's modules load (src/cli/early-prefetch.ts).
(await import('../dist/cli/early.js')).prefetchForArgv(process.cwd(), process.argv.slice(2));
const { main } = await import('../dist/cli/main.js');

// Node's warnings (e.g. "To load an ES module..." when a babel-era transform is retried) are noise
// for users; --verbose keeps them.
if (!process.argv.includes('--verbose')) process.removeAllListeners('warning');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // main() turns every expected failure into an exit code; reaching here is a bug.
    process.stderr.write(`codemorph: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
