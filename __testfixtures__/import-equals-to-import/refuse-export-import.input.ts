export import util = require('util');
