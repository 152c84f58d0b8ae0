const list = [1, 2];
for (const item of list) {
  use(item);
}
