#!/usr/bin/env node
if (process.argv.indexOf("--help") !== -1) {
  console.log("usage");
}
