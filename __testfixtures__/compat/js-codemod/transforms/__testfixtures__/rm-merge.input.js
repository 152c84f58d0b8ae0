var merge = require('merge');

var x = merge(a);

merge(a, b);

merge({a: 1}, b);

merge({a: 1}, c, {b: 2});
