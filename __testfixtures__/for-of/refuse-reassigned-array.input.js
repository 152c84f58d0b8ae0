let list = [1, 2, 3];
for (let i = 0; i < list.length; i++) {
  const item = list[i];
  if (item === 2) list = [];
}
