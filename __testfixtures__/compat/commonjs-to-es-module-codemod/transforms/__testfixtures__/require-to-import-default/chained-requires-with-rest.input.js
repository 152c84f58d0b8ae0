const A = require('a'),
      B = require('b'),
      C = require('c'),
      foo = 'bar',
      baz = 42;
