#!/usr/bin/env node
'use strict';

var minimist = require('minimist');

var argv = minimist(process.argv.slice(2));
console.log(argv);
