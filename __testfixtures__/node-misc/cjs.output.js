const http = require('node:http');
const { Gzip } = require('zlib');
const os = require('os');
const Module = require('module');

function handler(req, socket) {
  const res = new http.ServerResponse(req);
  res.assignSocket(socket);
  return new Gzip().pipe(res);
}

const scratch = os.tmpdir();
const load = Module.createRequire(__filename);
const isCore = (name) => Module.builtinModules.includes(name);
http.Server.call(this);

module.exports = { handler, scratch, load, isCore };
