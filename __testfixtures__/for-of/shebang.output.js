#!/usr/bin/env node
const args = process.argv.slice(2);
for (const arg of args) {
  handle(arg);
}
