export function Row(...cells: string[]) {
  return <tr>{render.apply(null, cells)}</tr>;
}
