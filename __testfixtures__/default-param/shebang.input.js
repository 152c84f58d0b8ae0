#!/usr/bin/env node
function main(argv) {
  if (argv === undefined) argv = process.argv.slice(2);
  run(argv);
}
