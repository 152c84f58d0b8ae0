import { definePass } from '../../src/core/pass.js';
import type { FileContext } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';
import { containsIdentifier, hasUseStrictDirective } from '../shared/syntax.js';

type Candidate = TS.FunctionDeclaration | TS.FunctionExpression | TS.MethodDeclaration | TS.ConstructorDeclaration;

const NAMES = ['args', 'rest', 'params', 'values'];

/** `arguments` references that belong to `fn` (nested arrows share them, nested functions do not). */
function ownArguments(ts: typeof TS, fn: Candidate): TS.Identifier[] {
  const found: TS.Identifier[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) return;
    if (ts.isClassLike(node)) return;
    if (ts.isIdentifier(node) && node.text === 'arguments') found.push(node);
    ts.forEachChild(node, visit);
  };
  if (fn.body) ts.forEachChild(fn.body, visit);
  return found;
}



/**
 * Uses where an Array behaves exactly like the Arguments object of a function without
 * parameters: index reads and writes, `.length` reads, spreading, iteration, and being handed to
 * `Array.from`, `.apply(thisArg, arguments)` or an array method through `.call`.
 */
function isArrayAgnosticUse(ts: typeof TS, use: TS.Identifier): boolean {
  const parent = use.parent;
  if (ts.isElementAccessExpression(parent) && parent.expression === use) return true;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === use) {
    const assigned = ts.isBinaryExpression(parent.parent) && parent.parent.left === parent;
    return parent.name.text === 'length' && !assigned;
  }
  if (ts.isSpreadElement(parent)) return true;
  if (ts.isForOfStatement(parent) && parent.expression === use) return true;
  if (ts.isCallExpression(parent) && parent.arguments.includes(use)) {
    const callee = parent.expression;
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const method = callee.name.text;
    const index = parent.arguments.indexOf(use);
    if (method === 'from' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Array') return index === 0;
    if (method === 'apply') return index === 1;
    if (method === 'call' && index === 0 && ts.isPropertyAccessExpression(callee.expression)) {
      // [].slice.call(arguments), Array.prototype.map.call(arguments, f), ...
      const owner = callee.expression.expression;
      return ts.isArrayLiteralExpression(owner) || /^Array\.prototype$/.test(owner.getText());
    }
  }
  return false;
}

function problemWith(ts: typeof TS, uses: readonly TS.Identifier[]): string | undefined {
  for (const use of uses) {
    const parent = use.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === use && ['callee', 'caller'].includes(parent.name.text)) {
      return `\`arguments.${parent.name.text}\` has no rest-parameter equivalent`;
    }
    if (ts.isBinaryExpression(parent) && parent.left === use && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      return '`arguments` itself is reassigned';
    }
    if (!isArrayAgnosticUse(ts, use)) {
      return '`arguments` is used as a value (returned, passed or stored), where an Array differs from the Arguments object (Object.prototype.toString, deep equality)';
    }
  }
  return undefined;
}

function convert(ctx: FileContext, fn: Candidate, uses: readonly TS.Identifier[]): void {
  const { ts, sourceFile } = ctx;
  const refuse = (why: string): void => ctx.warn(`arguments left alone: ${why}`, fn);
  if (fn.parameters.length > 0) {
    return refuse('the function has parameters (in sloppy mode arguments aliases them, and rest would not hold them)');
  }
  if (!fn.body) return;
  if (hasUseStrictDirective(ts, fn.body.statements)) return refuse('a "use strict" directive is not allowed with a rest parameter');
  if (containsIdentifier(ts, fn.body, 'eval')) return refuse('the function calls eval, which may read `arguments`');
  const problem = problemWith(ts, uses);
  if (problem) return refuse(problem);
  const name = [...NAMES, ...NAMES.map((base) => `${base}1`)].find((candidate) => !containsIdentifier(ts, fn, candidate));
  if (!name) return refuse('no free name for the rest parameter');
  const typed = /\.(ts|tsx|mts|cts)$/.test(ctx.path);
  // Right before `)`, so a comment inside the empty list stays in front.
  const closeParen = fn.getChildren(sourceFile).find((child) => child.kind === ts.SyntaxKind.CloseParenToken);
  if (!closeParen) return;
  ctx.edits.insertBefore(closeParen.getStart(sourceFile), `...${name}${typed ? ': any[]' : ''}`);
  for (const use of uses) ctx.edits.replace(use, name);
  ctx.stat('arg-rest');
}

export const pass = definePass({
  id: 'arg-rest',
  title: 'Arguments object to rest parameters',
  description:
    'Rewrites functions that read `arguments` to take a rest parameter (`function f(...args)`), renaming the uses. ' +
    'Only for functions without parameters (otherwise `arguments` also holds and, in sloppy mode, aliases them); ' +
    'refused with a warning for `arguments.callee`/`caller`, reassigning `arguments`, eval, and a "use strict" ' +
    'directive (not allowed with a rest parameter). The rest array is a real Array: Array.isArray and ' +
    'Object.prototype.toString now say so, which is the intended change.',
  needs: 'syntax',
  jsdoc: false,
  match: ['arguments'],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    const visit = (node: TS.Node): void => {
      if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node) ||
        ts.isConstructorDeclaration(node)) && node.body) {
        const uses = ownArguments(ts, node);
        if (uses.length > 0) convert(ctx, node, uses);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
