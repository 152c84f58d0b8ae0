#!/usr/bin/env node
'use strict';
class Cli {
  constructor(argv) {
    this.argv = argv;
  }

  run() {
    return this.argv.length;
  }
}
module.exports = Cli;
