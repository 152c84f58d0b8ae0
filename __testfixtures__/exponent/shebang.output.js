#!/usr/bin/env node
console.log(2 ** 10);
