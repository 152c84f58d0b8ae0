'use strict';
// Functions and classes assigned to exports become export declarations.
export function parse(text) {
  return text.split(',');
}

export function walk(node, visit) {
  visit(node);
  (node.children || []).forEach((child) => walk(child, visit));
}

export class Tree {
  constructor(root) {
    this.root = root;
  }
}

export function* items(list) {
  yield* list;
}

// Kept as values: the function's own name differs, an arrow has no own `this`, and `format`
// is also a name used elsewhere in this file.
export const render = function draw() {};
export const size = (list) => list.length;
const _format = function (parts) {
  return parts.join(',');
};
export { _format as format };
console.log(typeof format);

export default { parse, walk, Tree, items, render, size, format: _format };
