'use strict';

class Temperature {
  constructor(celsius) {
    this.celsius = celsius;
  }

  get fahrenheit() {
    return this.celsius * 9 / 5 + 32;
  }

  set fahrenheit(value) {
    this.celsius = (value - 32) * 5 / 9;
  }

  static fromFahrenheit(value) {
    var t = new Temperature(0);
    t.fahrenheit = value;
    return t;
  }
}

module.exports = Temperature;
