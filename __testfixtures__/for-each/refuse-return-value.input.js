const list = [1, 2, 3];
list.forEach((n) => {
  if (n > 1) return n;
  console.log(n);
});
