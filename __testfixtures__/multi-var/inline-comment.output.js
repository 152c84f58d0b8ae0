var a = 1;
var /* why b */ b = 2;
