const rows = Array.from(table.rows);
for (let [index, row] of rows.entries()) {
  row.dataset.index = String(index);
  index = index + 1;
  label(row, index);
}
