/* @flow */

var a: bool = 10;
var b: boolean = 10;
function c<T: bool>(x: bool): bool {
  
}
