export function List({ items }) {
  return <ul>{items.map(function (item) { return <li key={item}>{item}</li>; })}</ul>;
}
