const fs = require('./fake-fs');
const store = { rmdir() {}, F_OK: 1 };

fs.rmdir(dir, { recursive: true });
store.rmdir(dir, { recursive: true });
store.F_OK;
function shadow(fs) {
  return fs.F_OK;
}
