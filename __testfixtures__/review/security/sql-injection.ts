interface Db {
  query(sql: string, values?: unknown[]): Promise<unknown>;
  execute(sql: string, values?: unknown[]): Promise<unknown>;
}
declare const sql: (strings: TemplateStringsArray, ...values: unknown[]) => string;

export async function findUser(db: Db, id: string, name: string) {
  // ruleid: security/sql-injection
  await db.query(`SELECT * FROM users WHERE id = ${id}`);
  // ruleid: security/sql-injection
  await db.execute('DELETE FROM sessions WHERE user = \'' + name + '\'');
  // ok: placeholders, and a tagged template that escapes
  await db.query('SELECT * FROM users WHERE id = $1', [id]);
  await db.query(sql`SELECT * FROM users WHERE id = ${id}`);
  // ok: not SQL
  await db.query(`${name}-cache`);
}
