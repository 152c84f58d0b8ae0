import { definePass } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';

type Sense = { kind: 'found' } | { kind: 'missing' };

/** Which comparisons of `x.indexOf(y)` against a constant mean "found" or "missing". */
const INDEX_FIRST: Record<string, Record<string, Sense['kind']>> = {
  '-1': { '!==': 'found', '!=': 'found', '>': 'found', '===': 'missing', '==': 'missing', '<=': 'missing' },
  '0': { '>=': 'found', '<': 'missing' },
};
const CONSTANT_FIRST: Record<string, Record<string, Sense['kind']>> = {
  '-1': { '!==': 'found', '!=': 'found', '<': 'found', '===': 'missing', '==': 'missing', '>=': 'missing' },
  '0': { '<=': 'found', '>': 'missing' },
};

function skipParens(ts: typeof TS, node: TS.Expression): TS.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

function constantText(ts: typeof TS, node: TS.Expression): string | undefined {
  if (ts.isNumericLiteral(node) && node.text === '0') return '0';
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    if (ts.isNumericLiteral(node.operand) && node.operand.text === '1') return '-1';
  }
  return undefined;
}

function isNaNExpression(ts: typeof TS, node: TS.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'NaN';
  return ts.isPropertyAccessExpression(node) && node.name.text === 'NaN' && ts.isIdentifier(node.expression) && node.expression.text === 'Number';
}

export const pass = definePass({
  id: 'includes',
  title: 'Presence checks with indexOf to includes',
  description:
    'Rewrites `x.indexOf(y) !== -1` (and `> -1`, `>= 0`, `!= -1`, reversed operands) to `x.includes(y)`, and the ' +
    '`=== -1` / `< 0` forms to `!x.includes(y)`. Note the one difference: includes finds NaN and treats array holes ' +
    'as undefined, indexOf does neither, so a literal NaN search is refused. Also refused: optional chains (the ' +
    'result would change from true/false to undefined), regular-expression arguments (String#includes throws), ' +
    'spread arguments, and comparisons with comments inside. The receiver must have an includes method (arrays, ' +
    'strings, typed arrays); this pass cannot check types.',
  needs: 'syntax',
  jsdoc: false,
  match: ['.indexOf('],
  visit(ctx) {
    const { ts, sourceFile, text } = ctx;
    const visit = (node: TS.Node): void => {
      if (ts.isBinaryExpression(node)) consider(node);
      ts.forEachChild(node, visit);
    };
    const consider = (node: TS.BinaryExpression): void => {
      const operator = ts.tokenToString(node.operatorToken.kind) ?? '';
      const left = skipParens(ts, node.left);
      const right = skipParens(ts, node.right);
      let call: TS.Expression;
      let sense: Sense['kind'] | undefined;
      const leftConstant = constantText(ts, node.left);
      const rightConstant = constantText(ts, node.right);
      if (rightConstant !== undefined) {
        call = left;
        sense = INDEX_FIRST[rightConstant]?.[operator];
      } else if (leftConstant !== undefined) {
        call = right;
        sense = CONSTANT_FIRST[leftConstant]?.[operator];
      } else return;
      if (sense === undefined || !ts.isCallExpression(call)) return;
      const callee = call.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'indexOf') return;
      if (call.arguments.length < 1 || call.arguments.length > 2) return;
      if ((call.flags & ts.NodeFlags.OptionalChain) !== 0) {
        ctx.warn('left alone: with an optional chain the result would become undefined instead of a boolean', node);
        return;
      }
      if (call.arguments.some((argument) => ts.isSpreadElement(argument))) {
        ctx.warn('left alone: spread arguments to indexOf', node);
        return;
      }
      const searched = call.arguments[0]!;
      if (isNaNExpression(ts, searched)) {
        ctx.warn('left alone: indexOf never finds NaN but includes does', node);
        return;
      }
      if (ts.isRegularExpressionLiteral(searched)) {
        ctx.warn('left alone: String#includes throws for a regular expression argument', node);
        return;
      }
      // Everything in the comparison but the call must be the operator and the constant, nothing else.
      const start = node.getStart(sourceFile);
      const callStart = call.getStart(sourceFile);
      const rest = (text.slice(start, callStart) + text.slice(call.getEnd(), node.getEnd())).replace(/\s+/g, '');
      if (/\/[/*]/.test(rest)) {
        ctx.warn('left alone: a comment sits inside the comparison', node);
        return;
      }
      const nameStart = callee.name.getStart(sourceFile);
      const rewritten = text.slice(callStart, nameStart) + 'includes' + text.slice(callee.name.getEnd(), call.getEnd());
      ctx.edits.replace(node, (sense === 'missing' ? '!' : '') + rewritten);
      ctx.stat('includes');
    };
    visit(sourceFile);
  },
});

export default pass;
