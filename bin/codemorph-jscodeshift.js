#!/usr/bin/env node
// `codemorph-jscodeshift …` is `codemorph jscodeshift …`: a drop-in for the jscodeshift command.
const { startCli } = await import('../dist/cli/start.js');

if (!process.argv.includes('--verbose')) process.removeAllListeners('warning');

startCli(['jscodeshift', ...process.argv.slice(2)]).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`codemorph: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
