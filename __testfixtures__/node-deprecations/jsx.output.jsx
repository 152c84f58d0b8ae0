const util = require('util');

export function List({ items }) {
  return Array.isArray(items) ? <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul> : null;
}
