import type { ts } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';
import { UTIL_PREDICATES } from './rules.js';

type TS = typeof ts;

/** The part of a pass's context the shared rewrites use (any node-* pass can lend its own). */
export type RewriteContext = Pick<FileContext<unknown>, 'ts' | 'sourceFile' | 'edits' | 'warn' | 'stat'>;

/** Expressions that can stand as an operand of `typeof`, `===` or a call without parentheses. */
export function isTight(t: TS, node: ts.Expression): boolean {
  return (
    t.isIdentifier(node) ||
    t.isPropertyAccessExpression(node) ||
    t.isElementAccessExpression(node) ||
    t.isCallExpression(node) ||
    t.isParenthesizedExpression(node) ||
    t.isLiteralExpression(node) ||
    t.isArrayLiteralExpression(node) ||
    t.isObjectLiteralExpression(node) ||
    node.kind === t.SyntaxKind.ThisKeyword ||
    node.kind === t.SyntaxKind.NullKeyword
  );
}

/** Reading it twice is the same as reading it once: names, `this`, and plain property chains. */
export function isRepeatable(t: TS, node: ts.Expression): boolean {
  if (t.isIdentifier(node) || node.kind === t.SyntaxKind.ThisKeyword) return true;
  if (t.isParenthesizedExpression(node)) return isRepeatable(t, node.expression);
  return t.isPropertyAccessExpression(node) && !node.questionDotToken && isRepeatable(t, node.expression);
}

/** Whether a replacement of this shape may sit where `call` is without parentheses. */
export function fitsWithoutParens(t: TS, call: ts.Expression, shape: 'comparison' | 'logical'): boolean {
  const parent = call.parent;
  if (
    t.isParenthesizedExpression(parent) ||
    t.isExpressionStatement(parent) ||
    t.isReturnStatement(parent) ||
    t.isIfStatement(parent) ||
    t.isWhileStatement(parent) ||
    t.isDoStatement(parent) ||
    t.isArrayLiteralExpression(parent) ||
    (t.isVariableDeclaration(parent) && parent.initializer === call) ||
    (t.isPropertyAssignment(parent) && parent.initializer === call) ||
    (t.isArrowFunction(parent) && parent.body === call) ||
    ((t.isCallExpression(parent) || t.isNewExpression(parent)) && parent.arguments?.includes(call)) ||
    (t.isConditionalExpression(parent) && parent.condition !== call) ||
    (t.isBinaryExpression(parent) && parent.right === call && parent.operatorToken.kind === t.SyntaxKind.EqualsToken)
  ) {
    return true;
  }
  if (shape === 'logical') return false;
  if (t.isConditionalExpression(parent)) return true;
  if (!t.isBinaryExpression(parent)) return false;
  const op = parent.operatorToken.kind;
  return op === t.SyntaxKind.AmpersandAmpersandToken || op === t.SyntaxKind.BarBarToken || op === t.SyntaxKind.QuestionQuestionToken;
}

/**
 * The util.is* family (DEP0044-DEP0058): `util.isArray(x)` → `Array.isArray(x)` and so on, for a
 * call already known to name `util.<member>`. Returns whether it recorded the replacement.
 */
export function rewriteUtilPredicate(
  ctx: RewriteContext,
  call: ts.CallExpression,
  member: string,
  enabled: ReadonlySet<string>,
  { bufferIsGlobal }: { bufferIsGlobal: boolean },
): boolean {
  const t = ctx.ts;
  const sf = ctx.sourceFile;
  const rule = Object.hasOwn(UTIL_PREDICATES, member) ? UTIL_PREDICATES[member] : undefined;
  if (!rule || !enabled.has(rule.code)) return false;
  const arg = call.arguments[0];
  if (call.arguments.length !== 1 || !arg || t.isSpreadElement(arg)) {
    ctx.warn(`util.${member} (${rule.code}) with ${call.arguments.length} arguments left alone`, call);
    return false;
  }
  if (rule.uses === 2 && !isRepeatable(t, arg)) {
    ctx.warn(`util.${member} (${rule.code}) left alone: its argument would be evaluated twice`, call);
    return false;
  }
  const argText = isTight(t, arg) ? arg.getText(sf) : `(${arg.getText(sf)})`;
  // util.types.* needs the module object; a destructured predicate has none in scope.
  const utilName = t.isPropertyAccessExpression(call.expression) ? call.expression.expression.getText(sf) : undefined;
  if (/util\.types/.test(rule.render('x', 'util')) && !utilName) {
    ctx.warn(`${member} (${rule.code}) left alone: use util.types.${member} from the util module`, call);
    return false;
  }
  if (member === 'isBuffer' && !bufferIsGlobal) {
    ctx.warn(`util.isBuffer (${rule.code}) left alone: this file declares its own Buffer`, call);
    return false;
  }
  const replacement = rule.render(argText, utilName ?? 'util');
  const shape = /^(Array\.isArray|Buffer\.isBuffer|\w+\.types\.)/.test(replacement) ? undefined : / (&&|\|\|) /.test(replacement) ? 'logical' : 'comparison';
  const fits = shape === undefined || fitsWithoutParens(t, call, shape);
  ctx.edits.replace(call, fits ? replacement : `(${replacement})`);
  ctx.stat(rule.code);
  return true;
}

