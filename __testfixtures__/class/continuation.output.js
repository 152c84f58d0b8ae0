'use strict';
class EventList {
  constructor() {
    this._events = [];
  }

  each(callback, thisArg) {
    this._events.forEach(callback, thisArg);
  }

  static from(items) {
    var list = new EventList();
    list._events = items.slice();
    return list;
  }
}
exports.EventList = EventList;
