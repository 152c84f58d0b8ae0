// The jscodeshift side of the comparison: the trivial form of var-to-let-const (every `var`
// becomes `let`, no scope analysis), so jscodeshift's number is a lower bound for the same job.
module.exports = function transform(file, api) {
  const j = api.jscodeshift;
  const root = j(file.source);
  let changed = 0;
  root.find(j.VariableDeclaration, { kind: 'var' }).forEach((path) => {
    path.node.kind = 'let';
    changed++;
  });
  return changed > 0 ? root.toSource() : undefined;
};
