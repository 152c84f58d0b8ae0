'use strict';
var util = require('util');
var Base = require('./base');
// Never calls Base: `class Plain extends Base {}` would (its default constructor calls super()).
function Plain() {
}
util.inherits(Plain, Base);
module.exports = Plain;
