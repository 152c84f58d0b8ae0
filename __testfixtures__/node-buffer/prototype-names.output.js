// Names that Object.prototype has must not find its members in any lookup table (regression: bl@1.0.3 crashed node-buffer).
function BufferList() {
  this.constructor = BufferList;
}
BufferList.prototype.toString = function toString(encoding) {
  return this.slice().toString(encoding) + constructor + hasOwnProperty + codec.atob(encoding);
};
module.exports = [BufferList, atob('aGk=')];
