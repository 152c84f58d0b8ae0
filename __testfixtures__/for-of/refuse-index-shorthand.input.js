// `{ i }` is shorthand for `{ i: i }`: a read of the index, so the loop stays.
const rows = [1, 2];
for (let i = 0; i < rows.length; i++) {
  const row = rows[i];
  console.log(row, { i });
}
