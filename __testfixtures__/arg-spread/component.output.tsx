export function Row(...cells: string[]) {
  return <tr>{render(...cells)}</tr>;
}
