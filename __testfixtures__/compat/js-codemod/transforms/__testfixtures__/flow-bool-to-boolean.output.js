/* @flow */

var a: boolean = 10;
var b: boolean = 10;
function c<T: boolean>(x: boolean): boolean {
  
}
