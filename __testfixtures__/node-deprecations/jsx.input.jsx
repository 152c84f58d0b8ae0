const util = require('util');

export function List({ items }) {
  return util.isArray(items) ? <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul> : null;
}
