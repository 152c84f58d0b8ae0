#!/usr/bin/env node
const path = require("path");
const args = process.argv.slice(2);
console.log(path.resolve(args[0]));
