const store = { a: { fruits: ['apple'] } };
let current = 'a';
// `store[current].fruits` is evaluated on every iteration; for...of would read it once.
for (let i = 0; i < store[current].fruits.length; i++) {
  const item = store[current].fruits[i];
  console.log(item);
}
