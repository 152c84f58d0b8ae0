export function walk(node) {
  for (var node of node.children) {
    console.log(node);
  }
}
