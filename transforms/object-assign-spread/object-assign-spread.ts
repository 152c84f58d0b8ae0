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

/** True when `node` starts an expression statement (where a leading `(` could join the previous line). */
function startsStatement(ts: typeof TS, sourceFile: TS.SourceFile, node: TS.Node): boolean {
  const start = node.getStart(sourceFile);
  for (let current = node.parent; current && current.getStart(sourceFile) === start; current = current.parent) {
    if (ts.isExpressionStatement(current)) return true;
  }
  return false;
}

/** Without a `;` before it, a line starting with `(` continues the previous expression (ASI). */
function previousLineMayContinue(text: string, start: number): boolean {
  const before = text.slice(0, start).replace(/\s+$/, '');
  return before.length > 0 && !/[;{}]$/.test(before);
}

function isAssignCall(ts: typeof TS, node: TS.Node): node is TS.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const callee = skipParens(ts, node.expression);
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'assign' && ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'Object';
}

/**
 * `Object.assign(Object.assign({ x }, a), b)` (what TypeScript emits for `{ x, ...a, ...b }`)
 * is one copy: the innermost literal plus every source, in order.
 */
interface Flattened {
  readonly literal: TS.ObjectLiteralExpression;
  readonly sources: readonly TS.Expression[];
  readonly calls: readonly TS.CallExpression[];
}

function flatten(ts: typeof TS, call: TS.CallExpression): Flattened | undefined {
  const calls = [call];
  let sources = call.arguments.slice(1);
  let first = call.arguments[0] && skipParens(ts, call.arguments[0]);
  while (first && isAssignCall(ts, first)) {
    calls.push(first);
    sources = [...first.arguments.slice(1), ...sources];
    first = first.arguments[0] && skipParens(ts, first.arguments[0]);
  }
  if (!first || !ts.isObjectLiteralExpression(first)) return undefined;
  return { literal: first, sources, calls };
}

/** Returns the nested calls it consumed (empty when refused). */
function convert(ctx: FileContext, call: TS.CallExpression, { literal, sources, calls }: Flattened): readonly TS.CallExpression[] {
  const { ts, sourceFile, text } = ctx;
  const refuse = (why: string): readonly TS.CallExpression[] => {
    ctx.warn(`Object.assign left alone: ${why}`, call);
    return [];
  };
  if (sources.length === 0) return [];
  if (isDiscarded(ts, call)) return refuse('its result is unused (it is called to mutate, not to copy)');
  if (calls.some((c) => (c.flags & ts.NodeFlags.OptionalChain) !== 0)) return refuse('optional chain');
  if (sources.some((source) => ts.isSpreadElement(source))) return refuse('a spread argument cannot be written as object spread');
  for (const property of literal.properties) {
    if (ts.isGetAccessorDeclaration(property) || ts.isSetAccessorDeclaration(property)) {
      return refuse('the target has accessors: assign calls setters, spread defines properties');
    }
    const name = property.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) && name.text === '__proto__') {
      return refuse('the target sets __proto__');
    }
  }
  // Kept: the literal up to its last property, and each source. Everything else is rewritten, so
  // it must hold no comments. Nested calls inside the sources can change in the same run.
  const last = literal.properties[literal.properties.length - 1];
  const kept: Array<{ start: number; end: number }> = [];
  if (last) kept.push({ start: literal.getStart(sourceFile), end: last.getEnd() });
  for (const source of sources) kept.push({ start: source.getStart(sourceFile), end: source.getEnd() });
  let cursor = call.getStart(sourceFile);
  const gaps: string[] = [];
  for (const range of kept) {
    gaps.push(text.slice(cursor, range.start));
    cursor = range.end;
  }
  gaps.push(text.slice(cursor, call.getEnd()));
  if (gaps.some((gap) => /\/[/*]/.test(gap))) return refuse('a comment between the arguments');

  if (startsStatement(ts, sourceFile, call) && previousLineMayContinue(text, call.getStart(sourceFile))) {
    return refuse('a statement starting with `(` here would continue the previous line (no semicolon before it)');
  }
  const open = needsParens(ts, sourceFile, call) ? '(' : '';
  const close = open ? ')' : '';
  let separator = ', ...';
  let ending = ` }${close}`;
  if (last && literal.getText(sourceFile).includes('\n')) {
    // Keep one property per line: each spread goes on its own line after the last property.
    const lineStart = text.lastIndexOf('\n', last.getStart(sourceFile)) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    separator = `,${newline}${indent}...`;
    ending = `,${text.slice(last.getEnd(), literal.getEnd()).replace(/^[ \t]*,?/, '')}${close}`;
  }
  const replacements = [last ? open : `${open}{ ...`, ...kept.slice(1).map(() => separator), ending];
  let from = call.getStart(sourceFile);
  kept.forEach((range, i) => {
    ctx.edits.replaceRange(from, range.start, replacements[i]!);
    from = range.end;
  });
  ctx.edits.replaceRange(from, call.getEnd(), replacements[kept.length]!);
  ctx.stat('object-assign-spread');
  return calls.slice(1);
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
  jsdoc: false,
  match: ['Object.assign('],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    let shadowed: boolean | undefined;
    const consumed = new Set<TS.Node>();
    const visit = (node: TS.Node): void => {
      if (isAssignCall(ts, node) && !consumed.has(node)) {
        const flattened = flatten(ts, node);
        if (flattened) {
          shadowed ??= objectIsShadowed(ts, sourceFile);
          if (shadowed) ctx.warn('Object.assign left alone: this file declares its own `Object`', node);
          else for (const inner of convert(ctx, node, flattened)) consumed.add(inner);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
