const list = [1, 2];
for (let i = 0; i < list.length; i++) {
  const item = list[i];
  use(item);
}
