/* eslint-disable one-var */
var foo = require('foo'),
  // A comment
  bar = require('bar');
const baz = require('baz'),
  fiz = require('fiz');
