#!/usr/bin/env node
'use strict';

import minimist from 'minimist';

var argv = minimist(process.argv.slice(2));
console.log(argv);
