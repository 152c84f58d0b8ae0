const rows = Array.from(table.rows);
rows.forEach(function (row, index) {
  row.dataset.index = String(index);
  index = index + 1;
  label(row, index);
});
