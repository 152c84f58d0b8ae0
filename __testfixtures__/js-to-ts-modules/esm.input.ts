const fs = require('fs');

function read(file: string) {
  return fs.readFileSync(file, 'utf8');
}

module.exports = { read };
