#!/usr/bin/env node
function main() {
  return run(...arguments);
}
