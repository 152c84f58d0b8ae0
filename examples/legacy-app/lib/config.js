'use strict';

var fs = require('fs');
var path = require('path');

var DEFAULTS = {
  port: 8080,
  host: 'localhost',
  lowStockThreshold: 5
};

function loadConfig(file) {
  var fromFile = {};
  if (file && fs.existsSync(file)) {
    fromFile = JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  return Object.assign({}, DEFAULTS, fromFile);
}

function defaultConfigPath() {
  return path.join(__dirname, '..', 'config.json');
}

function checksum(text) {
  var buffer = new Buffer(text);
  var sum = 0;
  for (var i = 0; i < buffer.length; i++) {
    sum = (sum + buffer[i]) % 65536;
  }
  return sum;
}

exports.loadConfig = loadConfig;
exports.defaultConfigPath = defaultConfigPath;
exports.checksum = checksum;
