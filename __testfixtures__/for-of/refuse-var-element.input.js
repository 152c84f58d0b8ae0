const list = [1, 2, 3];
for (let i = 0; i < list.length; i++) {
  var item = list[i];
}
console.log(item);
