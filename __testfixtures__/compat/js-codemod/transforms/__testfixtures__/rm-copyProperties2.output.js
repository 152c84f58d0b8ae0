var copyProperties = require('copyProperties');

Object.assign(a, {a: 1});

copyProperties(A, B);
