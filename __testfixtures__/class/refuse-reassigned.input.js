'use strict';
function Cache() {
  this.map = new Map();
}
Cache.prototype.clone = function () {
  return new Cache();
};
if (process.env.DEBUG) Cache = require('./debug-cache');
module.exports = Cache;
