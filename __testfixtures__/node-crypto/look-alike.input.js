const crypto = require('./crypto-shim');
crypto.fips = true;
crypto.Hash('sha1');
