const list: number[] = [1, 2, 3];
for (let i = 0; i < list.length; i++) {
  const item: number = list[i];
  use(item);
}
