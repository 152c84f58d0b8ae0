#!/usr/bin/env node
import module from 'node:module';

// Node >= 22.1 keeps compiled code of loaded modules in a cache across runs; older Node has no
// such call and loses nothing (dist/cli/start.js keeps its own cache of the command line and of
// TypeScript, src/core/compile-cache.cjs). Before any import it helps.
module.enableCompileCache?.();
const { startCli } = await import('../dist/cli/start.js');

// Node's warnings (e.g. "To load an ES module..." when a babel-era transform is retried) are noise
// for users; --verbose keeps them.
if (!process.argv.includes('--verbose')) process.removeAllListeners('warning');

startCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // main() turns every expected failure into an exit code; reaching here is a bug.
    process.stderr.write(`codemorph: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
