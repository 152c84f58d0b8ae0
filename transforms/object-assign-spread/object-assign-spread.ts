import { definePass } from '../../src/core/pass.js';
import type { FileContext } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';

function skipParens(ts: typeof TS, node: TS.Expression): TS.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

/** True when `Object` is declared anywhere in the file (then `Object.assign` may be something else). */
function objectIsShadowed(ts: typeof TS, sourceFile: TS.SourceFile): boolean {
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found) return;
    const name = (node as { name?: TS.Node }).name;
    if (name && ts.isIdentifier(name) && name.text === 'Object' && (ts.isVariableDeclaration(node) || ts.isParameter(node) ||
      ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isImportSpecifier(node) || ts.isImportClause(node) ||
      ts.isNamespaceImport(node) || ts.isBindingElement(node) || ts.isImportEqualsDeclaration(node) || ts.isEnumDeclaration(node) ||
      ts.isModuleDeclaration(node))) {
      found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** True when the value of `node` is thrown away (statement position, `void`, left of a comma). */
function isDiscarded(ts: typeof TS, node: TS.Node): boolean {
  let current = node;
  while (ts.isParenthesizedExpression(current.parent)) current = current.parent;
  const parent = current.parent;
  if (ts.isExpressionStatement(parent) || ts.isVoidExpression(parent)) return true;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.CommaToken && parent.left === current) return true;
  return ts.isForStatement(parent) && (parent.incrementor === current || parent.initializer === current);
}

/** An object literal would start a statement or an arrow body, where `{` means a block. */
function needsParens(ts: typeof TS, sourceFile: TS.SourceFile, node: TS.Node): boolean {
  const start = node.getStart(sourceFile);
  let current: TS.Node = node;
  while (current.parent && current.parent.getStart(sourceFile) === start) {
    current = current.parent;
    if (ts.isParenthesizedExpression(current)) return false;
    if (ts.isExpressionStatement(current)) return true;
  }
  const parent = current.parent;
  return ts.isArrowFunction(parent) && parent.body === current;
}

function convert(ctx: FileContext, call: TS.CallExpression): void {
  const { ts, sourceFile, text } = ctx;
  const refuse = (why: string): void => ctx.warn(`Object.assign left alone: ${why}`, call);
  const [target, ...sources] = call.arguments;
  if (!target || !ts.isObjectLiteralExpression(target)) return;
  if (sources.length === 0) return;
  if (isDiscarded(ts, call)) return refuse('its result is unused (it is called to mutate, not to copy)');
  if ((call.flags & ts.NodeFlags.OptionalChain) !== 0) return refuse('optional chain');
  if (sources.some((source) => ts.isSpreadElement(source))) return refuse('a spread argument cannot be written as object spread');
  for (const property of target.properties) {
    if (ts.isGetAccessorDeclaration(property) || ts.isSetAccessorDeclaration(property)) {
      return refuse('the target has accessors: assign calls setters, spread defines properties');
    }
    const name = property.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) && name.text === '__proto__') {
      return refuse('the target sets __proto__');
    }
  }
  // Comments outside the argument texts would be lost.
  let outside = text.slice(call.getStart(sourceFile), target.getStart(sourceFile));
  let cursor = target.getEnd();
  for (const source of sources) {
    outside += text.slice(cursor, source.getStart(sourceFile));
    cursor = source.getEnd();
  }
  outside += text.slice(cursor, call.getEnd());
  if (/\/[/*]/.test(outside)) return refuse('a comment between the arguments');
  // Only the punctuation between the arguments is rewritten, so nested calls inside the
  // sources can be rewritten in the same run.
  const open = needsParens(ts, sourceFile, call) ? '(' : '';
  const close = open ? ')' : '';
  const first = sources[0]!;
  const lastSource = sources[sources.length - 1]!;
  const joinSources = (separator: string): void => {
    for (let i = 1; i < sources.length; i++) ctx.edits.replaceRange(sources[i - 1]!.getEnd(), sources[i]!.getStart(sourceFile), separator);
  };
  if (target.properties.length === 0) {
    if (/\/[/*]/.test(target.getText(sourceFile))) return refuse('a comment in the empty target');
    ctx.edits.replaceRange(call.getStart(sourceFile), first.getStart(sourceFile), `${open}{ ...`);
    joinSources(', ...');
    ctx.edits.replaceRange(lastSource.getEnd(), call.getEnd(), ` }${close}`);
  } else {
    const last = target.properties[target.properties.length - 1]!;
    const afterLast = text.slice(last.getEnd(), target.getEnd());
    if (afterLast.replace(/[\s,}]/g, '') !== '') return refuse('a comment after the last property');
    ctx.edits.replaceRange(call.getStart(sourceFile), target.getStart(sourceFile), open);
    if (target.getText(sourceFile).includes('\n')) {
      // Keep one property per line: each spread goes on its own line after the last property.
      const lineStart = text.lastIndexOf('\n', last.getStart(sourceFile)) + 1;
      const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
      const newline = text.includes('\r\n') ? '\r\n' : '\n';
      const closing = afterLast.replace(/^[ \t]*,?/, '');
      ctx.edits.replaceRange(last.getEnd(), first.getStart(sourceFile), `,${newline}${indent}...`);
      joinSources(`,${newline}${indent}...`);
      ctx.edits.replaceRange(lastSource.getEnd(), call.getEnd(), `,${closing}${close}`);
    } else {
      ctx.edits.replaceRange(last.getEnd(), first.getStart(sourceFile), ', ...');
      joinSources(', ...');
      ctx.edits.replaceRange(lastSource.getEnd(), call.getEnd(), ` }${close}`);
    }
  }
  ctx.stat('object-assign-spread');
}

export const pass = definePass({
  id: 'object-assign-spread',
  title: 'Object.assign to object spread',
  description:
    'Rewrites `Object.assign({}, a, b)` to `{ ...a, ...b }` and `Object.assign({ x: 1 }, a)` to `{ x: 1, ...a }` when ' +
    'the first argument is an object literal (a fresh object nobody else sees) and the result is used. Refused with a ' +
    'warning: a discarded result, spread arguments, a target literal with getters/setters or __proto__ (assign calls ' +
    'setters, spread defines), comments between arguments, and files that declare their own `Object`. Parenthesized ' +
    'where a `{` would start a statement or arrow body.',
  needs: 'syntax',
  match: ['Object.assign('],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    let shadowed: boolean | undefined;
    const visit = (node: TS.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = skipParens(ts, node.expression);
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'assign' && ts.isIdentifier(callee.expression) &&
          callee.expression.text === 'Object' && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
          shadowed ??= objectIsShadowed(ts, sourceFile);
          if (shadowed) ctx.warn('Object.assign left alone: this file declares its own `Object`', node);
          else convert(ctx, node);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
