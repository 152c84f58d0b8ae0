'use strict';

function Temperature(celsius) {
  this.celsius = celsius;
}

Object.defineProperty(Temperature.prototype, 'fahrenheit', {
  configurable: true,
  get: function () {
    return this.celsius * 9 / 5 + 32;
  },
  set: function (value) {
    this.celsius = (value - 32) * 5 / 9;
  }
});

Temperature.fromFahrenheit = function (value) {
  var t = new Temperature(0);
  t.fahrenheit = value;
  return t;
};

module.exports = Temperature;
