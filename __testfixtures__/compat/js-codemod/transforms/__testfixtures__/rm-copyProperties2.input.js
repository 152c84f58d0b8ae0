var copyProperties = require('copyProperties');

copyProperties(a, {a: 1});

copyProperties(A, B);
