// node's file system
import fs = require('fs'); // sync only
import odd = require(/* why */ 'os');
export const a = fs.existsSync('x') && odd.EOL;
