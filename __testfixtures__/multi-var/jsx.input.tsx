export function View() {
  const a = <b>hi</b>, c = <i />;
  return <div>{a}{c}</div>;
}
