export function load(client, id) {
  return client.get(id).then((record) => record.value);
}
