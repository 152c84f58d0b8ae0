'use strict';
const path = require('path');
module.exports = path.sep;
