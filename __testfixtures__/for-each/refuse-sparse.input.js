const sparse = [1, , 3];
sparse.forEach((n) => console.log(n));
