'use strict';
class MappingList {
  constructor() {
    this._array = [];
  }

  unsortedForEach(aCallback, aThisArg) {
    this._array.forEach(aCallback, aThisArg);
  }

  static fromArray(items) {
    var list = new MappingList();
    list._array = items.slice();
    return list;
  }
}
exports.MappingList = MappingList;
