#!/usr/bin/env node
console.log("usage: " + process.argv[1] + " <file>");
