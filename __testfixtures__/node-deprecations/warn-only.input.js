const crypto = require('crypto');
const util = require('util');

function encrypt(password, text) {
  const cipher = crypto.createCipher('aes192', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function headersOf(res) {
  return res._headers;
}

module.exports = { encrypt, headersOf, isError: (e) => util.isError(e) };
