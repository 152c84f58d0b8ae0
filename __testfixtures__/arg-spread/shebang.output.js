#!/usr/bin/env node
const argv = process.argv.slice(2);
main(...argv);
