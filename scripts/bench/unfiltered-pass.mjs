// A pass with no pre-filter that must parse and walk every file (it counts nodes and changes
// nothing): reported against the parse floor, so a pre-filter cannot hide the per-file cost.
export default {
  id: 'bench-walk-every-file',
  title: 'Walk every node of every file (benchmark)',
  description: 'Parses each file and visits every node; records no edit.',
  needs: 'syntax',
  visit(ctx) {
    let nodes = 0;
    const walk = (node) => {
      nodes++;
      ctx.ts.forEachChild(node, walk);
    };
    walk(ctx.sourceFile);
    ctx.stat('nodes', nodes);
  },
};
