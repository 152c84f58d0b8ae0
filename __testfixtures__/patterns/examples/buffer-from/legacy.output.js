const crypto = require('crypto');

function sign(payload, secret) {
  const key = Buffer.from(secret, 'base64');
  const body = new Buffer(JSON.stringify(payload));
  const header = Buffer.from('{"alg":"HS256"}');
  const magic = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
  const scratch = Buffer.alloc(64);
  const view = Buffer.from(arrayBuffer, 0, 16);
  return crypto.createHmac('sha256', key).update(Buffer.concat([header, body, magic, scratch, view])).digest();
}

// Unknown single arguments stay: a number allocates, anything else copies.
const unknown = new Buffer(input);
