'use strict';
// Functions and classes assigned to exports become export declarations.
exports.parse = function (text) {
  return text.split(',');
};

exports.walk = function walk(node, visit) {
  visit(node);
  (node.children || []).forEach((child) => walk(child, visit));
};

exports.Tree = class {
  constructor(root) {
    this.root = root;
  }
};

exports.items = function* (list) {
  yield* list;
};

// Kept as values: the function's own name differs, an arrow has no own `this`, and `format`
// is also a name used elsewhere in this file.
exports.render = function draw() {};
exports.size = (list) => list.length;
exports.format = function (parts) {
  return parts.join(',');
};
console.log(typeof format);
