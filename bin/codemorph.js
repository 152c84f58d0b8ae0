#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';

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
