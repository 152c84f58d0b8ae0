const fs = require('fs');
const fsp = require('node:fs').promises;
const path = require('path');

function clean(dir, done) {
  fs.rmdir(path.join(dir, 'tmp'), { recursive: true }, done);
}

function cleanSync(dir) {
  fs.rmdirSync(dir, { recursive: true, maxRetries: 3 });
  fs.rmdirSync(dir); // an empty directory: not deprecated
  fs.rmdirSync(dir, { recursive: false });
  if (fs.existsSync(dir)) fs.accessSync(dir, fs.R_OK | fs.W_OK);
}

async function cleanAsync(dir) {
  await fsp.rmdir(dir, { recursive: true });
  await require('fs').promises.rmdir(dir, {
    recursive: true,
  });
}

module.exports = { clean, cleanSync, cleanAsync };
