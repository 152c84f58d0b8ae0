const A = require('a'),
      B = require('b'),
      C = require('c');
