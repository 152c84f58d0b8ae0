const crypto = require('node:crypto');

function keys(cb) {
  crypto.generateKeyPair('rsa-pss', { modulusLength: 2048, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 32 }, cb);
  const mgf1Hash = 'sha1';
  return crypto.generateKeyPairSync('rsa-pss', { modulusLength: 2048, mgf1HashAlgorithm: mgf1Hash });
}

if (!crypto.fips) crypto.setFips(true);
const digest = crypto.createHash('sha256').update('x').digest('hex');
const mac = crypto.createHmac('sha256', 'key');
const context = require('node:tls').createSecureContext({ key, cert });

module.exports = { keys, digest, mac, context };
