// Changes every file (a comment on top), so a --write benchmark writes the whole tree.
export default {
  id: 'bench-touch-every-file',
  title: 'Add a comment on top of every file (benchmark)',
  description: 'Inserts one comment line at the start of each file.',
  needs: 'syntax',
  parses: false,
  visit(ctx) {
    ctx.edits.replaceRange(0, 0, '/* codemorph bench */\n');
  },
};
