#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// `codemorph-jscodeshift …` is `codemorph jscodeshift …`: a drop-in for the jscodeshift command.
if (!process.argv.includes('--verbose')) process.removeAllListeners('warning');

main(['jscodeshift', ...process.argv.slice(2)]).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`codemorph: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
