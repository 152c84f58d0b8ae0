'use strict';
function Model(data) {
  if (!(this instanceof Model)) return Model(data);
  this.data = data;
}
Model.prototype.get = function (key) {
  return this.data[key];
};
module.exports = Model;
