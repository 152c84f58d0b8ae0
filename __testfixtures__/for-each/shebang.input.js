#!/usr/bin/env node
const files = process.argv.slice(2);
files.forEach((file) => {
  check(file);
});
