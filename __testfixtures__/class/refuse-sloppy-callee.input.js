function Node(value) {
  this.value = value;
}
Node.prototype.walk = function (depth) {
  return depth > 0 ? arguments.callee.call(this, depth - 1) : this.value;
};
module.exports = Node;
