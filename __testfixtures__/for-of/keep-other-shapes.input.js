const list = [1, 2, 3];
for (let i = 1; i < list.length; i++) {
  const item = list[i];
}
for (let i = 0, n = list.length; i < n; i++) {
  const item = list[i];
}
for (let i = list.length - 1; i >= 0; i--) {
  const item = list[i];
}
for (let i = 0; i < list.length; i++) {
  use(list[i]);
}
