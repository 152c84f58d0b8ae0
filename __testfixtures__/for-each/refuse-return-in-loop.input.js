const groups = [[1, 2], [3]];
groups.forEach((group) => {
  for (const item of group) {
    if (item === 2) return;
    use(item);
  }
});
