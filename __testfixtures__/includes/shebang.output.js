#!/usr/bin/env node
if (process.argv.includes("--help")) {
  console.log("usage");
}
