// node's file system
import * as fs from 'fs'; // sync only
import odd = require(/* why */ 'os');
export const a = fs.existsSync('x') && odd.EOL;
