const fs = require('fs');
const fsp = require('node:fs').promises;
const path = require('path');

function clean(dir, done) {
  fs.rm(path.join(dir, 'tmp'), { recursive: true, force: true }, done);
}

function cleanSync(dir) {
  fs.rmSync(dir, { recursive: true, maxRetries: 3, force: true });
  fs.rmdirSync(dir); // an empty directory: not deprecated
  fs.rmdirSync(dir, { recursive: false });
  if (fs.existsSync(dir)) fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK);
}

async function cleanAsync(dir) {
  await fsp.rm(dir, { recursive: true, force: true });
  await require('fs').promises.rm(dir, {
    recursive: true, force: true,
  });
}

module.exports = { clean, cleanSync, cleanAsync };
