#!/usr/bin/env node
console.log(Math.pow(2, 10));
