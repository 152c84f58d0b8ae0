#!/usr/bin/env node
// The `codemorph` command (package.json "bin"). CommonJS, so that `run` and `rewrite`, the
// commands a pre-commit hook runs, load no ES module: Node's ES module loader, started for an ES
// module entry point, cost a one-file check 10 ms (docs/performance.md, "Start-up").
'use strict';

// Node >= 22.1 keeps compiled code of loaded modules in a cache across runs; older Node has no
// such call and loses nothing (dist/cli/main.cjs and TypeScript load through a cache of our own,
// src/core/compile-cache.cjs). Before any other module loads it helps.
require('node:module').enableCompileCache?.();

// Node's warnings (e.g. "To load an ES module..." when a babel-era transform is retried) are noise
// for users; --verbose keeps them.
if (!process.argv.includes('--verbose')) process.removeAllListeners('warning');

const argv = process.argv.slice(2);
// The same commands as HOOK_COMMANDS in src/cli/start.ts, which the other commands load.
const started =
  argv[0] === 'run' || argv[0] === 'rewrite'
    ? require('../dist/cli/start-hook.cjs').startHookCommand(argv)
    : import('../dist/cli/start.js').then((start) => start.startCli(argv));

started.then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // main() turns every expected failure into an exit code; reaching here is a bug.
    process.stderr.write(`codemorph: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
