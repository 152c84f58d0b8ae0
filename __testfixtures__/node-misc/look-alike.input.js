const http = require('./http-mock');
const os = { tmpDir: () => '/tmp' };

http.ServerResponse(req);
os.tmpDir();
function local(zlib) {
  return zlib.Gzip();
}
