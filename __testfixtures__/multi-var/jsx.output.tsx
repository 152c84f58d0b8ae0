export function View() {
  const a = <b>hi</b>;
  const c = <i />;
  return <div>{a}{c}</div>;
}
