#!/usr/bin/env node
var util = require("util");
console.log(util.isArray(process.argv));
