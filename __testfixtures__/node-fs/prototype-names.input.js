// fs.toString / fs.constructor are not rmdir: Object.prototype names must not find table entries.
const fs = require('fs');
fs.toString(dir, { recursive: true });
fs.constructor(dir, { recursive: true });
