var a = 1, b = 2;
let x, y = [1, 2], { z } = obj;
function f() {
    const left = 0, right = 10;
    return left + right;
}
for (var i = 0, n = 3; i < n; i++) {}
var single = 1;
