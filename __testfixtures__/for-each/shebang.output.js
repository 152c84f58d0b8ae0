#!/usr/bin/env node
const files = process.argv.slice(2);
for (const file of files) {
  check(file);
}
