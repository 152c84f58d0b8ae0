const crypto = require('node:crypto');

function keys(cb) {
  crypto.generateKeyPair('rsa-pss', { modulusLength: 2048, hash: 'sha256', mgf1Hash: 'sha256', saltLength: 32 }, cb);
  const mgf1Hash = 'sha1';
  return crypto.generateKeyPairSync('rsa-pss', { modulusLength: 2048, mgf1Hash });
}

if (!crypto.fips) crypto.fips = true;
const digest = new crypto.Hash('sha256').update('x').digest('hex');
const mac = crypto.Hmac('sha256', 'key');
const context = crypto.createCredentials({ key, cert });

module.exports = { keys, digest, mac, context };
