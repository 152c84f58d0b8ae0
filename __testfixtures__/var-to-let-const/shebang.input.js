#!/usr/bin/env node
var path = require("path");
var args = process.argv.slice(2);
console.log(path.resolve(args[0]));
