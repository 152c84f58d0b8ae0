import { definePass } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';
import { arrayEvidence, skipParens } from '../for-each/array-evidence.js';

function isNullish(ts: typeof TS, node: TS.Expression): boolean {
  const inner = skipParens(ts, node);
  if (inner.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(inner) && inner.text === 'undefined') return true;
  return ts.isVoidExpression(inner) && ts.isNumericLiteral(inner.expression);
}

/** Side-effect-free expressions whose two mentions are sure to be the same value. */
function isStableReceiver(ts: typeof TS, node: TS.Expression): boolean {
  return ts.isIdentifier(node) || node.kind === ts.SyntaxKind.ThisKeyword;
}

export const pass = definePass({
  id: 'arg-spread',
  title: 'Function apply calls to spread arguments',
  description:
    'Rewrites `fn.apply(null, args)` / `fn.apply(undefined, args)` to `fn(...args)` when `fn` is a plain identifier ' +
    'or call result (a method would get a different this), and `obj.fn.apply(obj, args)` to `obj.fn(...args)` when ' +
    '`obj` is the same identifier or `this`. `apply` accepts array-likes and null, spread needs an iterable, so ' +
    '`args` must be `arguments`, an array literal, or plainly an array made in the same file, unless assumeIterable is set.',
  needs: 'syntax',
  jsdoc: false,
  match: ['.apply('],
  options: {
    assumeIterable: {
      type: 'boolean',
      default: false,
      description: 'Treat every argument list as an iterable (no plain array-likes, never null or undefined).',
    },
  },
  visit(ctx) {
    const { ts, sourceFile, text } = ctx;
    const consider = (call: TS.CallExpression): void => {
      const callee = call.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'apply' || call.arguments.length !== 2) return;
      const refuse = (why: string): void => ctx.warn(`apply left alone: ${why}`, call);
      if ((call.flags & ts.NodeFlags.OptionalChain) !== 0) return refuse('optional chain');
      const [thisArg, args] = call.arguments as unknown as [TS.Expression, TS.Expression];
      if (ts.isSpreadElement(thisArg) || ts.isSpreadElement(args)) return refuse('spread arguments');
      const fn = callee.expression;
      const target = skipParens(ts, fn);
      const isMember = ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target);
      if (isNullish(ts, thisArg)) {
        if (isMember) return refuse('calling the method directly would pass its object as `this`');
        if (!ts.isIdentifier(target) && !ts.isCallExpression(target)) return refuse('the function expression is not a plain name or call');
      } else {
        if (!isMember || !ts.isPropertyAccessExpression(target) || fn !== target) return refuse('`this` is not null, undefined or the method\'s own object');
        const object = skipParens(ts, target.expression);
        if (!isStableReceiver(ts, object) || !isStableReceiver(ts, skipParens(ts, thisArg))) {
          return refuse('the object is not a plain identifier or `this`, so evaluating it once may differ');
        }
        if (object.getText(sourceFile) !== skipParens(ts, thisArg).getText(sourceFile)) return refuse('`this` is not the method\'s own object');
        if ((target.flags & ts.NodeFlags.OptionalChain) !== 0) return refuse('optional chain');
      }
      if (isNullish(ts, args)) return refuse('spreading null or undefined throws where apply passes no arguments');
      const argsNode = skipParens(ts, args);
      const isArguments = ts.isIdentifier(argsNode) && argsNode.text === 'arguments';
      if (!ctx.options.assumeIterable && !isArguments) {
        const evidence = arrayEvidence(ts, sourceFile, argsNode);
        if (evidence.kind === 'unknown') {
          return refuse(`${evidence.why}; apply accepts array-likes and null, spread needs an iterable. Set assumeIterable to convert anyway`);
        }
      }
      const outside = text.slice(callee.name.getStart(sourceFile), thisArg.getStart(sourceFile)) +
        text.slice(thisArg.getEnd(), args.getStart(sourceFile)) + text.slice(args.getEnd(), call.getEnd()) +
        text.slice(fn.getEnd(), callee.name.getStart(sourceFile));
      if (/\/[/*]/.test(outside)) return refuse('a comment inside the call');
      // Only the punctuation around `args` changes, so apply calls nested in `args` can change too.
      ctx.edits.replaceRange(fn.getEnd(), args.getStart(sourceFile), '(...');
      // Usually `)` already; an edit only where trivia sits between `args` and the paren.
      if (text.slice(args.getEnd(), call.getEnd()) !== ')') ctx.edits.replaceRange(args.getEnd(), call.getEnd(), ')');
      ctx.stat('arg-spread');
    };
    const visit = (node: TS.Node): void => {
      if (ts.isCallExpression(node)) consider(node);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
