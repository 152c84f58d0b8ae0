#!/usr/bin/env node
function main(...args) {
  return run(...args);
}
