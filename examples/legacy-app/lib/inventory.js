'use strict';

var EventEmitter = require('events').EventEmitter;
var util = require('util');

/**
 * An in-memory inventory of items, keyed by SKU.
 */
function Inventory(options) {
  EventEmitter.call(this);
  options = options || {};
  this.items = {};
  this.lowStockThreshold = options.lowStockThreshold === undefined ? 5 : options.lowStockThreshold;
}

util.inherits(Inventory, EventEmitter);

Inventory.prototype.add = function (sku, name, quantity) {
  var existing = this.items[sku];
  if (existing) {
    existing.quantity += quantity;
  } else {
    this.items[sku] = { sku: sku, name: name, quantity: quantity };
  }
  this.emit('change', sku);
  return this.items[sku];
};

Inventory.prototype.remove = function (sku, quantity) {
  var item = this.items[sku];
  if (!item) {
    throw new Error('Unknown SKU: ' + sku);
  }
  item.quantity = Math.max(0, item.quantity - quantity);
  if (item.quantity < this.lowStockThreshold) {
    this.emit('low-stock', item);
  }
  return item;
};

Inventory.prototype.list = function () {
  var self = this;
  return Object.keys(this.items).map(function (sku) {
    return self.items[sku];
  });
};

Inventory.prototype.search = function (text) {
  var needle = text.toLowerCase();
  return this.list().filter(function (item) {
    return item.name.toLowerCase().indexOf(needle) !== -1;
  });
};

module.exports = Inventory;
