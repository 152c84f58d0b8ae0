const list = [1, 2, 3];
list.forEach(function (n) {
  this.total += n;
});
