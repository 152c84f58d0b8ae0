const list = [1, 2, 3];
list.forEach(function (n) {
  var doubled = n * 2;
  setTimeout(function () { console.log(doubled); });
});
