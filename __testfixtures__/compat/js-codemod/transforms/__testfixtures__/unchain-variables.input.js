/* eslint-disable one-var, prefer-const */
var foo = true,
  // A comment
  bar = false;
const baz = 1,
  fiz = '2';
let buzz = 3.3,
  biz = {};
var hello, ohai = function ohai() {}, hi;
var Neil, deGrasse, Tyson;
for (var i = 0, j = 10; i < j; i++, j--) {
  console.log(i, j);
}
