/* eslint-disable one-var */
var foo = require('foo');

// A comment
var bar = require('bar');

const baz = require('baz');
const fiz = require('fiz');
