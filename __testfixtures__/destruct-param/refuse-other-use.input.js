function save(record) {
  const id = record.id;
  db.put(id, record);
}
