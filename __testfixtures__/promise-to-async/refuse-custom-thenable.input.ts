// A thenable that is not a Promise: awaiting it calls then(resolve, reject), which may differ.
interface Query<T> {
  then<R>(onFulfilled: (value: T) => R): Query<R>;
}

declare function query(sql: string): Query<number>;

export function count() {
  return query('select count(*)').then((rows) => rows + 1);
}
