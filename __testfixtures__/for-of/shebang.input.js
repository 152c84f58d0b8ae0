#!/usr/bin/env node
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  handle(arg);
}
