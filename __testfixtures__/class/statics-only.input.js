'use strict';

function Registry() {
  this.entries = {};
}

Registry.create = function () {
  return new Registry();
};

module.exports = Registry;
