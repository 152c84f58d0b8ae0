// `i` below is only ever a property name, never the loop index: the loop still converts.
const rows = [{ i: 0 }, { i: 1 }];
for (const row of rows) {
  console.log(row.i, { i: row.i + 1 });
}
