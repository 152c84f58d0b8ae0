#!/usr/bin/env node
import * as path from 'path';
console.log(path.resolve('.'));
