import type { ts } from 'ts-morph';
import { defineNodePass, type NodeRuleContext } from '../shared/node/define.js';

/** `import data from './a.json' assert { type: 'json' }` (and `export … from`) → `with { … }`. */
function visitStatic(node: ts.ImportDeclaration | ts.ExportDeclaration, rule: NodeRuleContext): void {
  const { ctx } = rule;
  const attributes = node.attributes;
  if (!attributes || attributes.token !== ctx.ts.SyntaxKind.AssertKeyword) return;
  const start = attributes.getStart(ctx.sourceFile);
  if (ctx.text.slice(start, start + 6) !== 'assert') return;
  ctx.edits.replaceRange(start, start + 6, 'with');
  ctx.stat('IMPORT_ASSERTIONS');
}

/** `import('./a.json', { assert: { type: 'json' } })` → `{ with: { type: 'json' } }`. */
function visitDynamic(call: ts.CallExpression, rule: NodeRuleContext): void {
  const { ctx } = rule;
  const t = ctx.ts;
  const options = call.arguments[1];
  if (call.expression.kind !== t.SyntaxKind.ImportKeyword || !options || !t.isObjectLiteralExpression(options)) return;
  const named = (name: string) => options.properties.find((p) => p.name && (t.isIdentifier(p.name) || t.isStringLiteral(p.name)) && p.name.text === name);
  const assert = named('assert');
  if (!assert?.name || named('with')) return;
  const quote = t.isStringLiteral(assert.name) ? assert.name.getText(ctx.sourceFile)[0] : '';
  ctx.edits.replace(assert.name, `${quote}with${quote}`);
  ctx.stat('IMPORT_ASSERTIONS');
}

export const pass = defineNodePass({
  id: 'node-import-attributes',
  title: 'Import assertions to import attributes',
  description:
    "Rewrites import assertions (`assert { type: 'json' }`), which Node 22 no longer parses, to import attributes (`with { type: 'json' }`) " +
    "in import and export declarations and in import() options. Import attributes need Node 18.20, 20.10 or later, or TypeScript 5.3.",
  codes: ['IMPORT_ASSERTIONS'],
  match: ['assert'],
  visitNode(node, rule) {
    const t = rule.ctx.ts;
    if (t.isImportDeclaration(node) || t.isExportDeclaration(node)) visitStatic(node, rule);
    else if (t.isCallExpression(node)) visitDynamic(node, rule);
    return false;
  },
});

export default pass;
