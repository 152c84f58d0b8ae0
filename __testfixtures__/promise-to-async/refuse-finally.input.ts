declare function connect(): Promise<{ close(): void; query(): Promise<number> }>;

export function run(): Promise<number> {
  let closed = false;
  return connect()
    .then((connection) => connection.query())
    .finally(() => {
      closed = true;
    });
}
