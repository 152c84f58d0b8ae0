import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';

export const pass = definePass({
  id: 'object-shorthand',
  title: 'Object properties { a: a } to shorthand { a }',
  description:
    'Rewrites `{ a: a }` as `{ a }` in object literals and destructuring (`const { a: a } = o`, ' +
    '`{ a: a = 1 }` patterns). Only identifier keys equal to an identifier value; quoted keys are ' +
    'left as written. Keeps `__proto__: __proto__` (the colon form sets the prototype) and ' +
    'properties with comments around the colon (warned).',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: [':'],
  visit(ctx) {
    const tsApi = ctx.ts;
    const visit = (node: ts.Node): void => {
      if (tsApi.isPropertyAssignment(node) && tsApi.isIdentifier(node.name) && tsApi.isIdentifier(node.initializer)) {
        shorten(ctx, node, node.name, node.initializer);
      } else if (
        tsApi.isBindingElement(node) &&
        node.propertyName &&
        tsApi.isIdentifier(node.propertyName) &&
        tsApi.isIdentifier(node.name)
      ) {
        shorten(ctx, node, node.propertyName, node.name);
      }
      tsApi.forEachChild(node, visit);
    };
    visit(ctx.sourceFile);
  },
});

export default pass;

function shorten(ctx: FileContext, node: ts.Node, key: ts.Identifier, value: ts.Identifier): void {
  if (key.text !== value.text) return;
  if (key.text === '__proto__') {
    ctx.warn('kept __proto__: __proto__ (the colon form sets the prototype; shorthand makes an own property)', node);
    return;
  }
  const sourceFile = ctx.sourceFile;
  const valueStart = value.getStart(sourceFile);
  if (!/^\s*:\s*$/.test(ctx.text.slice(key.end, valueStart))) {
    ctx.warn(`kept ${key.text}: ${value.text}: a comment around the colon would be lost`, node);
    return;
  }
  ctx.edits.replaceRange(key.getStart(sourceFile), value.end, value.text);
  ctx.stat('shorthand properties');
}
