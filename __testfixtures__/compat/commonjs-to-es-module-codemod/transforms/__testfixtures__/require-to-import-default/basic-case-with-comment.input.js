// hoge
const Lib = require('lib');

// hoge2
const Lib2 = require('lib2');
