let items = [1, 2];
items = new Set(items);
items.forEach((n) => console.log(n));
