var a = 1;
var b = 2;
let x;
let y = [1, 2];
let { z } = obj;
function f() {
    const left = 0;
    const right = 10;
    return left + right;
}
for (var i = 0, n = 3; i < n; i++) {}
var single = 1;
