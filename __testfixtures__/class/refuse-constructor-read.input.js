'use strict';
function Model(data) {
  this.data = data;
}
// Replaced without `constructor: Model`: instances' .constructor is Object here, Model in a class.
Model.prototype = {
  clone: function () {
    return new this.constructor(this.data);
  }
};
module.exports = Model;
