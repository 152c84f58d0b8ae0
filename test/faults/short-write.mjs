// Preloaded into the real CLI (node --import) to make the disk behave as a full one does for the
// files whose path matches CM_FAULT_PATH (a regular expression): the first write to such a file
// writes only half of what was asked and says so (a short write, as write(2) does when the disk
// fills up), and every later write to it fails with ENOSPC. No root and no tmpfs needed.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const pattern = new RegExp(process.env.CM_FAULT_PATH ?? '$^');
const faulty = new Map(); // fd -> writes so far
const { openSync, writeSync, closeSync } = fs;

fs.openSync = function (path, ...rest) {
  const fd = openSync.call(this, path, ...rest);
  if (pattern.test(String(path))) faulty.set(fd, 0);
  return fd;
};
fs.closeSync = function (fd) {
  faulty.delete(fd);
  return closeSync.call(this, fd);
};
fs.writeSync = function (fd, buffer, offset, length, ...rest) {
  const writes = faulty.get(fd);
  if (writes === undefined || typeof buffer === 'string') return writeSync.call(this, fd, buffer, offset, length, ...rest);
  faulty.set(fd, writes + 1);
  if (writes > 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  const asked = length ?? buffer.length - (offset ?? 0);
  return writeSync.call(this, fd, buffer, offset ?? 0, Math.max(1, Math.floor(asked / 2)), ...rest);
};
syncBuiltinESMExports();
