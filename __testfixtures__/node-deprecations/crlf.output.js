var util = require('util');
// keep this comment
module.exports = function (v) {
  return typeof v === 'function' ? Buffer.alloc(8) : null;
};
