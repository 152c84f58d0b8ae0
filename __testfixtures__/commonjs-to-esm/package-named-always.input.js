var SaferBuffer = require('safer-buffer').Buffer;
const { EventEmitter, once } = require('events');
const { merge, pick: choose } = require('lodash');
const { parse } = require('./parser');

module.exports = function (input) {
  return merge(parse(input), choose(input, 'x'), new SaferBuffer(1), EventEmitter, once);
};
