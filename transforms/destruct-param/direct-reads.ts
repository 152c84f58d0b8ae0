import type { ts as TS } from 'ts-morph';

/**
 * `function f(cfg) { use(cfg.a, cfg.b); ... }`: a parameter used only through property reads.
 * Destructuring reads every property once, at call time; the body read them where they stood.
 * That is the same only when each read is sure to run (not behind a branch, loop, `&&`, `try` or
 * nested function: with a null argument both forms must throw) and runs before anything that
 * could change the object or observe the order (a call, `new`, an assignment, `delete`, `++`,
 * `await`, `yield`, a tagged template).
 */
export type DirectReads =
  | { readonly kind: 'reads'; readonly reads: ReadonlyArray<TS.PropertyAccessExpression>; readonly keys: readonly string[] }
  | { readonly kind: 'refuse'; readonly why: string }
  | { readonly kind: 'none' };

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await arguments eval undefined').split(' '),
);

export function directReads(ts: typeof TS, fn: TS.FunctionLikeDeclaration, body: TS.Block, name: string): DirectReads {
  const reads: TS.PropertyAccessExpression[] = [];
  let other: string | undefined;
  // Pass 1: every use of `name` must be `name.key` read as a value.
  const collect = (node: TS.Node): void => {
    if (other) return;
    if (ts.isIdentifier(node) && node.text === name && !isPropertyName(ts, node)) {
      const access = node.parent;
      if (!ts.isPropertyAccessExpression(access) || access.expression !== node || !ts.isIdentifier(access.name)) other = 'it is used other than as `.key` reads';
      else if (access.questionDotToken) other = 'it is read with `?.` (a null argument is tolerated there)';
      else if (isWritten(ts, access)) other = 'a property of it is assigned';
      else if (ts.isCallExpression(access.parent) && access.parent.expression === access) other = 'a method of it is called (it is the call\'s `this`)';
      else reads.push(access);
      return;
    }
    ts.forEachChild(node, collect);
  };
  collect(body);
  // Any other use (the object itself, a write, a method call, `?.`) means it is no candidate,
  // here as in lebab: nothing to say.
  if (reads.length === 0 || other) return { kind: 'none' };
  const keys = [...new Set(reads.map((read) => read.name.text))];
  // The function's own name does not count: it is visible in the body only if the body uses it.
  const clash = keys.find((key) => RESERVED.has(key) || fn.parameters.some((p) => mentions(ts, p, key)) || mentions(ts, body, key));
  if (clash) return { kind: 'refuse', why: `\`${clash}\` is already a name in the function (or not a valid binding name)` };
  const timing = timingProblem(ts, body, new Set(reads));
  return timing ? { kind: 'refuse', why: timing } : { kind: 'reads', reads, keys };
}

function isPropertyName(ts: typeof TS, node: TS.Identifier): boolean {
  const parent = node.parent;
  return (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isMethodDeclaration(parent) && parent.name === node) || (ts.isBindingElement(parent) && parent.propertyName === node);
}

function isWritten(ts: typeof TS, access: TS.Expression): boolean {
  const parent = access.parent;
  if (ts.isBinaryExpression(parent) && parent.left === access) {
    return parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
  }
  if (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) {
    return parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken;
  }
  return ts.isDeleteExpression(parent) || ((ts.isForInStatement(parent) || ts.isForOfStatement(parent)) && parent.initializer === access);
}

/** Any identifier `key` in the function (parameters, locals, outer names the body uses). */
function mentions(ts: typeof TS, fn: TS.Node, key: string): boolean {
  const visit = (node: TS.Node): boolean =>
    (ts.isIdentifier(node) && node.text === key && !isPropertyName(ts, node)) || (ts.forEachChild(node, visit) ?? false);
  return visit(fn);
}

/** Why the reads are not all sure to run before any side effect, in evaluation order; undefined when they are. */
function timingProblem(ts: typeof TS, body: TS.Block, reads: ReadonlySet<TS.Node>): string | undefined {
  let dirty = false;
  // After a `return`, `throw`, `break` or `continue` (even behind a branch) later code may not run.
  let exited = false;
  let problem: string | undefined;
  let left = reads.size;
  const visit = (node: TS.Node, sure: boolean): void => {
    if (problem || left === 0) return;
    if (reads.has(node)) {
      left--;
      if (!sure || exited) problem = 'a property read runs only on some paths (in a branch, loop, `&&`, `try` or nested function); destructuring would read it always';
      else if (dirty) problem = 'a property read comes after code that may change the object (a call, assignment or await); destructuring would read it earlier';
      return;
    }
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return ts.forEachChild(node, (child) => visit(child, false));
    if (ts.isIfStatement(node) || ts.isSwitchStatement(node)) {
      visit(ts.isIfStatement(node) ? node.expression : node.expression, sure);
      ts.forEachChild(node, (child) => child !== node.expression && visit(child, false));
      return;
    }
    if (ts.isConditionalExpression(node)) {
      visit(node.condition, sure);
      visit(node.whenTrue, false);
      visit(node.whenFalse, false);
      return;
    }
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
      visit(node.left, sure);
      visit(node.right, false);
      return;
    }
    if (ts.isIterationStatement(node, false) || ts.isTryStatement(node) || ts.isLabeledStatement(node)) {
      return ts.forEachChild(node, (child) => visit(child, false));
    }
    ts.forEachChild(node, (child) => visit(child, sure));
    if (ts.isReturnStatement(node) || ts.isThrowStatement(node) || ts.isBreakOrContinueStatement(node)) exited = true;
    if (sideEffect(ts, node)) dirty = true;
  };
  for (const statement of body.statements) visit(statement, true);
  return problem;
}

function sideEffect(ts: typeof TS, node: TS.Node): boolean {
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node) || ts.isDeleteExpression(node)) return true;
  if (ts.isAwaitExpression(node) || ts.isYieldExpression(node)) return true;
  if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
    return node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken;
  }
  return ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}
