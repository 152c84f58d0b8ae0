import type { ts as TS } from 'ts-morph';
import { isPureReference } from '../nullish-coalescing/references.js';

/**
 * What an operand of `&&` proves about a reference when it is true:
 * truthy (`a`), not null or undefined (`a != null`, `a !== null && a !== undefined`),
 * or only one of the two (`a !== undefined`, `a !== null`).
 */
export interface Guard {
  readonly kind: 'truthy' | 'not-nullish' | 'not-undefined' | 'not-null';
  readonly ref: TS.Expression;
  /** How many `&&` operands the guard spans (2 for the strict pair). */
  readonly span: 1 | 2;
}

interface Comparison {
  readonly ref: TS.Expression;
  readonly against: 'null' | 'undefined';
  readonly strict: boolean;
}

function nullishLiteral(ts: typeof TS, node: TS.Expression): 'null' | 'undefined' | undefined {
  if (node.kind === ts.SyntaxKind.NullKeyword) return 'null';
  if (ts.isIdentifier(node) && node.text === 'undefined') return 'undefined';
  if (ts.isVoidExpression(node) && ts.isNumericLiteral(node.expression)) return 'undefined';
  return undefined;
}

/** `ref != null`, `undefined !== ref`, ...: a pure reference compared (negatively) with null or undefined. */
function comparisonOf(ts: typeof TS, node: TS.Expression): Comparison | undefined {
  if (!ts.isBinaryExpression(node)) return undefined;
  const kind = node.operatorToken.kind;
  const strict = kind === ts.SyntaxKind.ExclamationEqualsEqualsToken;
  if (!strict && kind !== ts.SyntaxKind.ExclamationEqualsToken) return undefined;
  const right = nullishLiteral(ts, node.right);
  const left = nullishLiteral(ts, node.left);
  if (right && isPureReference(ts, node.left)) return { ref: node.left, against: right, strict };
  if (left && isPureReference(ts, node.right)) return { ref: node.right, against: left, strict };
  return undefined;
}

/** The guard that starts at `operands[index]`, if any. */
export function guardAt(
  ts: typeof TS,
  operands: readonly TS.Expression[],
  index: number,
  same: (a: TS.Expression, b: TS.Expression) => boolean,
): Guard | undefined {
  const operand = operands[index]!;
  const comparison = comparisonOf(ts, operand);
  if (!comparison) return isPureReference(ts, operand) ? { kind: 'truthy', ref: operand, span: 1 } : undefined;
  if (!comparison.strict) return { kind: 'not-nullish', ref: comparison.ref, span: 1 };
  const next = index + 1 < operands.length ? comparisonOf(ts, operands[index + 1]!) : undefined;
  if (next && next.strict && next.against !== comparison.against && same(next.ref, comparison.ref)) {
    return { kind: 'not-nullish', ref: comparison.ref, span: 2 };
  }
  return { kind: comparison.against === 'null' ? 'not-null' : 'not-undefined', ref: comparison.ref, span: 1 };
}

/**
 * The node inside `chain` (along its property-access / element-access / call spine) that is the
 * same reference as `ref`, if `chain` strictly extends it. Tagged templates and `new` end the
 * spine: an optional chain cannot continue into them.
 */
export function prefixIn(
  ts: typeof TS,
  chain: TS.Expression,
  ref: TS.Expression,
  same: (a: TS.Expression, b: TS.Expression) => boolean,
): TS.Expression | undefined {
  let node: TS.Expression = chain;
  while (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) {
    node = node.expression;
    if (same(node, ref)) return node;
  }
  return undefined;
}

/**
 * Whether the value of `node`, when it is falsy, can be seen by the program. In a condition, under
 * `!`, on the left of `||` or as a statement only its truthiness matters (`null`, `false` and
 * `undefined` all act alike); `&&`, `||` (right side) and conditional branches pass the question up.
 */
export function falsyValueObserved(ts: typeof TS, node: TS.Node): boolean {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (ts.isParenthesizedExpression(parent)) {
      current = parent;
      continue;
    }
    if ((ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent)) && parent.expression === current) {
      return false;
    }
    if (ts.isForStatement(parent) && parent.condition === current) return false;
    if (ts.isConditionalExpression(parent)) {
      if (parent.condition === current) return false;
      current = parent;
      continue;
    }
    if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) return false;
    if (ts.isBinaryExpression(parent)) {
      const kind = parent.operatorToken.kind;
      if (kind === ts.SyntaxKind.BarBarToken && parent.left === current) return false;
      if (kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.AmpersandAmpersandToken) {
        current = parent;
        continue;
      }
      return true;
    }
    return !(ts.isExpressionStatement(parent) || ts.isVoidExpression(parent));
  }
}
