#!/usr/bin/env node
function main(argv = process.argv.slice(2)) {
  run(argv);
}
