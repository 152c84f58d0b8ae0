// A codemorph pass as a plain object: it is loaded from wherever the package was unpacked,
// so it imports nothing (not even codemorph).
export default {
  id: 'greeter-lib/rename-greet',
  title: 'greet to sayHello',
  description: 'Renames the greet import from greeter-lib to sayHello, and its uses in the file. An aliased import keeps its local name.',
  needs: 'syntax',
  match: ['greeter-lib'],
  visit(ctx) {
    const t = ctx.ts;
    let local;
    for (const statement of ctx.sourceFile.statements) {
      if (!t.isImportDeclaration(statement) || statement.moduleSpecifier.text !== 'greeter-lib') continue;
      const bindings = statement.importClause?.namedBindings;
      if (!bindings || !t.isNamedImports(bindings)) continue;
      for (const element of bindings.elements) {
        const imported = element.propertyName ?? element.name;
        if (imported.text !== 'greet') continue;
        ctx.edits.replace(imported, 'sayHello');
        // `greet as hi` keeps `hi`; a plain `greet` is renamed everywhere below.
        if (!element.propertyName) local = element.name;
      }
    }
    if (!local) return;
    const visit = (node) => {
      const isPropertyName = node.parent && ((t.isPropertyAccessExpression(node.parent) && node.parent.name === node) || (t.isPropertyAssignment(node.parent) && node.parent.name === node));
      if (node !== local && t.isIdentifier(node) && node.text === 'greet' && !isPropertyName) ctx.edits.replace(node, 'sayHello');
      t.forEachChild(node, visit);
    };
    visit(ctx.sourceFile);
  },
};
