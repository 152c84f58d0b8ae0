#!/usr/bin/env node
const opts = Object.assign({}, defaults, parse(process.argv));
