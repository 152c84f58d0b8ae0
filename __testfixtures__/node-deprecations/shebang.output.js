#!/usr/bin/env node
var util = require("util");
console.log(Array.isArray(process.argv));
