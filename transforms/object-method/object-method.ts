import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';
import { constructedNames, hasDuplicateParameters } from '../arrow-functions/function-facts.js';

export const pass = definePass({
  id: 'object-method',
  title: 'Object properties holding functions to method shorthand',
  description:
    'Rewrites `{ foo: function () {} }` as `{ foo() {} }`, keeping async and generators ' +
    '(`async foo()`, `*foo()`). Methods cannot be constructed, so it warns and keeps properties ' +
    'the file uses with `new` or `.prototype`, capitalized keys, and named functions whose name ' +
    'differs from the key or is used inside the body.',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: ['function'],
  visit(ctx) {
    const tsApi = ctx.ts;
    let constructed: Set<string> | undefined;
    const visit = (node: ts.Node): void => {
      if (tsApi.isPropertyAssignment(node) && tsApi.isFunctionExpression(node.initializer)) {
        constructed ??= constructedNames(ctx.sourceFile, tsApi);
        convert(ctx, node, node.initializer, constructed);
      }
      tsApi.forEachChild(node, visit);
    };
    visit(ctx.sourceFile);
  },
});

export default pass;

function convert(ctx: FileContext, property: ts.PropertyAssignment, fn: ts.FunctionExpression, constructed: Set<string>): void {
  const tsApi = ctx.ts;
  const sourceFile = ctx.sourceFile;
  const text = ctx.text;
  const key = property.name;
  const keyName = tsApi.isIdentifier(key) || tsApi.isStringLiteralLike(key) || tsApi.isNumericLiteral(key) ? key.text : undefined;
  const reason = refusal(fn, keyName, constructed, tsApi);
  if (reason) {
    ctx.warn(`kept ${keyName === undefined ? 'property' : `\`${keyName}\``}: function: ${reason}`, property);
    return;
  }
  const headerStart = fn.typeParameters ? fn.typeParameters.pos - 1 : fn.parameters.pos - 1;
  if (text[headerStart] !== (fn.typeParameters ? '<' : '(')) return;
  if (/\/[/*]/.test(text.slice(key.end, headerStart))) {
    ctx.warn(`kept ${keyName === undefined ? 'property' : `\`${keyName}\``}: function: a comment sits between the key and the parameters`, property);
    return;
  }
  const isAsync = tsApi.getModifiers(fn)?.some((modifier) => modifier.kind === tsApi.SyntaxKind.AsyncKeyword) ?? false;
  const prefix = `${isAsync ? 'async ' : ''}${fn.asteriskToken ? '*' : ''}`;
  const keyText = text.slice(key.getStart(sourceFile), key.end);
  ctx.edits.replaceRange(property.getStart(sourceFile), headerStart, `${prefix}${keyText}`);
  ctx.stat('object methods');
}

function refusal(fn: ts.FunctionExpression, keyName: string | undefined, constructed: Set<string>, tsApi: typeof ts): string | undefined {
  if (keyName === '__proto__') return '`__proto__: value` sets the prototype; a method named __proto__ would not';
  if (hasDuplicateParameters(fn, tsApi)) return 'it repeats a parameter name (an error in methods)';
  if (keyName !== undefined && constructed.has(keyName)) {
    return `\`${keyName}\` is used with new or .prototype in this file (methods are not constructible)`;
  }
  if (keyName !== undefined && /^[A-Z]/.test(keyName)) return `\`${keyName}\` is capitalized, so probably a constructor`;
  if (fn.name) {
    if (fn.name.text !== keyName) return `the function is named \`${fn.name.text}\` (its .name would change)`;
    if (mentions(fn.body, fn.name.text, tsApi)) return `the body refers to the function by its name \`${fn.name.text}\``;
  }
  return undefined;
}

/** Any identifier with this text that is not a property name (conservative: ignores shadowing). */
function mentions(node: ts.Node, name: string, tsApi: typeof ts): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (tsApi.isIdentifier(child) && child.text === name) {
      const parent = child.parent;
      const isKey = (tsApi.isPropertyAccessExpression(parent) || tsApi.isPropertyAssignment(parent)) && parent.name === child;
      if (!isKey) found = true;
    }
    tsApi.forEachChild(child, visit);
  };
  visit(node);
  return found;
}
