#!/usr/bin/env node
import path = require('path');
console.log(path.resolve('.'));
