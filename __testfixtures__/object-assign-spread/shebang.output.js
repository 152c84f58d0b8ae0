#!/usr/bin/env node
const opts = { ...defaults, ...parse(process.argv) };
