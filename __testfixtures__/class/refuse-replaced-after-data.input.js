'use strict';
var Base = require('./base');
function Node(value) {
  Base.call(this);
  this.value = value;
}
// `kind` is lost when the prototype is replaced on the next line; kept after a class it would not be.
Node.prototype.kind = 'node';
Node.prototype = Object.create(Base.prototype);
Node.prototype.visit = function (visitor) {
  return visitor(this);
};
module.exports = Node;
