const fs = require('fs');
const { rmdirSync, F_OK } = require('fs');

fs.rmdir(dir, options, done);
fs.rmdirSync(dir, { recursive: flag });
rmdirSync(dir, { recursive: true });
fs.exists(file, (exists) => {});
fs.truncate(fd, 0, done);
fs.truncateSync('file.txt', 0);
fs.accessSync(dir, F_OK);
