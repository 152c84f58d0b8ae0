const items = [1, 2];
items.forEach((n, i, all) => console.log(n, i, all));
