export function List(props: { rows: string[] }) {
  const rows: readonly string[] = props.rows;
  const out = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    out.push(<li key={row}>{row}</li>);
  }
  return <ul>{out}</ul>;
}
