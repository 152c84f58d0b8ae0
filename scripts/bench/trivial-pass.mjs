// Stand-in when var-to-let-const is not built: every `var` keyword becomes `let` (no analysis).
export default {
  id: 'bench-var-to-let',
  title: 'Rename var to let (benchmark stand-in)',
  description: 'Replaces the var keyword of every variable statement; no scope analysis.',
  needs: 'syntax',
  match: [/\bvar\b/],
  visit(ctx) {
    const ts = ctx.ts;
    const walk = (node) => {
      if (ts.isVariableDeclarationList(node) && !(node.flags & ts.NodeFlags.BlockScoped)) {
        ctx.edits.replaceRange(node.getStart(ctx.sourceFile), node.getStart(ctx.sourceFile) + 3, 'let');
      }
      ts.forEachChild(node, walk);
    };
    walk(ctx.sourceFile);
  },
};
