import type { ts as TS } from 'ts-morph';
import { definePass } from '../../src/core/pass.js';
import { hasComment, isPureReference, onlyTruthinessMatters, quote, sameReference } from './references.js';
import { treeEdits } from './tree-edits.js';
import { truthinessOf } from './truthiness.js';

type Logical = TS.BinaryExpression & { operatorToken: { kind: TS.SyntaxKind.BarBarToken | TS.SyntaxKind.AmpersandAmpersandToken } };

function isLogical(ts: typeof TS, node: TS.Node): node is Logical {
  if (!ts.isBinaryExpression(node)) return false;
  const kind = node.operatorToken.kind;
  return kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.AmpersandAmpersandToken;
}

/** `b` in `a ?? b` needs parentheses when it binds looser than `??` or mixes with `||`/`&&`. */
function needsParensAfterCoalesce(ts: typeof TS, node: TS.Expression): boolean {
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    return (
      kind === ts.SyntaxKind.BarBarToken ||
      kind === ts.SyntaxKind.AmpersandAmpersandToken ||
      kind === ts.SyntaxKind.CommaToken ||
      (kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment)
    );
  }
  return ts.isConditionalExpression(node) || ts.isArrowFunction(node) || ts.isYieldExpression(node);
}

export const pass = definePass({
  id: 'nullish-coalescing',
  title: 'Fallbacks with || to ??',
  description:
    'Rewrites `a || b` and `a ? a : b` to `a ?? b` where the type checker proves `a` is never a falsy value other ' +
    'than null or undefined (no number, string, boolean, bigint, 0/""/false literals, any, unknown or ' +
    'unconstrained type parameters; object types a primitive could satisfy are refused too). Adds the parentheses ' +
    '`??` needs next to `||` and `&&`. `a ? a : b` needs `a` to be an identifier, `this` or a property chain.',
  needs: 'types',
  match: ['||', '?'],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    const checker = ctx.checker;
    if (!checker) throw new Error('nullish-coalescing needs the type checker (project mode)');
    const edits = treeEdits(ctx);
    if (!edits) {
      ctx.warn('left alone: the type checker saw a different text for this file');
      return;
    }

    /** Decides every `||` of one unparenthesized tree of `||`/`&&`; returns those to convert. */
    const decide = (node: TS.Expression, converted: Set<TS.Node>): void => {
      if (!isLogical(ts, node)) return;
      decide(node.left, converted);
      decide(node.right, converted);
      if (node.operatorToken.kind !== ts.SyntaxKind.BarBarToken) return;
      const verdict = truthinessOf(checker, ts, node.left);
      if (verdict.kind === 'safe') converted.add(node);
      // Without null or undefined among its values, `||` is a logical or, not a fallback: no candidate.
      else if (verdict.nullish) ctx.warn(`left alone: ${quote(node.left, sourceFile)}: ${verdict.reason} (|| falls back for those, ?? would not)`, edits.position(node));
    };

    const opOf = (node: TS.Expression, converted: Set<TS.Node>): string | undefined => {
      if (!isLogical(ts, node)) return undefined;
      return converted.has(node) ? '??' : node.operatorToken.kind === ts.SyntaxKind.BarBarToken ? '||' : '&&';
    };

    /** Minimal edits (operators and parentheses), so trees nested in operands keep their own edits. */
    const rewrite = (node: TS.Expression, converted: Set<TS.Node>): void => {
      const op = opOf(node, converted);
      if (op === undefined || !isLogical(ts, node)) return;
      if (op === '??') edits.replace(node.operatorToken, '??');
      for (const child of [node.left, node.right]) {
        const childOp = opOf(child, converted);
        // `??` may not share an unparenthesized expression with `||` or `&&`.
        if (childOp !== undefined && (childOp === '??') !== (op === '??')) {
          edits.insertBefore(child, '(');
          edits.insertAfter(child, ')');
        }
        rewrite(child, converted);
      }
    };

    const considerLogical = (top: Logical): void => {
      const converted = new Set<TS.Node>();
      decide(top, converted);
      if (converted.size === 0) return;
      rewrite(top, converted);
      ctx.stat('nullish-coalescing', converted.size);
    };

    const considerConditional = (node: TS.ConditionalExpression): void => {
      const condition = node.condition;
      if (!isPureReference(ts, condition) || !sameReference(ts, condition, node.whenTrue)) return;
      const verdict = truthinessOf(checker, ts, condition);
      if (verdict.kind !== 'safe') {
        if (verdict.nullish) ctx.warn(`left alone: ${quote(condition, sourceFile)}: ${verdict.reason} (the test falls back for those, ?? would not)`, edits.position(node));
        return;
      }
      if (hasComment(ts, sourceFile, node, condition.getEnd(), node.whenFalse.getStart(sourceFile))) {
        ctx.warn('left alone: a comment inside the conditional would be lost', edits.position(node));
        return;
      }
      // Only `? a :` is replaced, so a conditional nested in the fallback keeps its own edits.
      edits.replaceRange(condition.getEnd(), node.whenFalse.getStart(sourceFile), ' ?? ');
      if (needsParensAfterCoalesce(ts, node.whenFalse)) {
        edits.insertBefore(node.whenFalse, '(');
        edits.insertAfter(node.whenFalse, ')');
      }
      ctx.stat('nullish-coalescing');
    };

    const visit = (node: TS.Node): void => {
      if (isLogical(ts, node) && !isLogical(ts, node.parent)) {
        // In a test `||` is the logical or it says; `??` there would be correct but misleading.
        if (!onlyTruthinessMatters(ts, node)) considerLogical(node);
      } else if (ts.isConditionalExpression(node)) {
        considerConditional(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
