const list = [1, 2, 3];
for (var i = 0; i < list.length; i++) {
  const item = list[i];
  if (item > 1) break;
}
console.log('stopped at', i);
