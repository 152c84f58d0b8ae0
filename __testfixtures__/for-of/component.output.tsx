export function List(props: { rows: string[] }) {
  const rows: readonly string[] = props.rows;
  const out = [];
  for (const row of rows) {
    out.push(<li key={row}>{row}</li>);
  }
  return <ul>{out}</ul>;
}
