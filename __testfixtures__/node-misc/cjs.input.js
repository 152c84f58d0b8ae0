const http = require('node:http');
const { Gzip } = require('zlib');
const os = require('os');
const Module = require('module');
const repl = require('repl');

function handler(req, socket) {
  const res = http.ServerResponse(req);
  res.assignSocket(socket);
  return Gzip().pipe(res);
}

const scratch = os.tmpDir();
const load = Module.createRequireFromPath(__filename);
const isCore = (name) => repl.builtinModules.includes(name);
http.Server.call(this);

module.exports = { handler, scratch, load, isCore };
