/* eslint-disable one-var, prefer-const */
var foo = true;

// A comment
var bar = false;

const baz = 1;
const fiz = '2';
let buzz = 3.3;
let biz = {};
var hello;
var ohai = function ohai() {};
var hi;
var Neil;
var deGrasse;
var Tyson;
for (var i = 0, j = 10; i < j; i++, j--) {
  console.log(i, j);
}
