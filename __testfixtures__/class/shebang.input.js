#!/usr/bin/env node
'use strict';
function Cli(argv) {
  this.argv = argv;
}
Cli.prototype.run = function () {
  return this.argv.length;
};
module.exports = Cli;
