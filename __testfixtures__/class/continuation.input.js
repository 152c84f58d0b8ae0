'use strict';
function EventList() {
  this._events = [];
}
EventList.prototype.each =
  function EventList_each(callback, thisArg) {
    this._events.forEach(callback, thisArg);
  };
EventList.from = function EventList_from(items) {
  var list = new EventList();
  list._events = items.slice();
  return list;
};
exports.EventList = EventList;
