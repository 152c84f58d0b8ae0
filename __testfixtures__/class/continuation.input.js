'use strict';
function MappingList() {
  this._array = [];
}
MappingList.prototype.unsortedForEach =
  function MappingList_forEach(aCallback, aThisArg) {
    this._array.forEach(aCallback, aThisArg);
  };
MappingList.fromArray = function MappingList_fromArray(items) {
  var list = new MappingList();
  list._array = items.slice();
  return list;
};
exports.MappingList = MappingList;
