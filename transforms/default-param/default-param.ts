import { definePass } from '../../src/core/pass.js';
import type { FileContext } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';
import { hasUseStrictDirective, removeStatementLine } from '../shared/syntax.js';

type Fn = TS.FunctionDeclaration | TS.FunctionExpression | TS.ArrowFunction | TS.MethodDeclaration | TS.ConstructorDeclaration;

/** A leading statement that gives a parameter its default. */
interface DefaultStatement {
  readonly statement: TS.Statement;
  readonly parameter: TS.ParameterDeclaration;
  readonly value: TS.Expression;
}

/** What a statement looks like: a default we can move, a lookalike we must refuse, or neither. */
type Shape =
  | { kind: 'default'; name: string; value: TS.Expression }
  | { kind: 'lookalike'; name: string; why: string }
  | { kind: 'other' };

function skipParens(ts: typeof TS, node: TS.Expression): TS.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

function isUndefined(ts: typeof TS, node: TS.Expression): boolean {
  const inner = skipParens(ts, node);
  return (ts.isIdentifier(inner) && inner.text === 'undefined') || (ts.isVoidExpression(inner) && ts.isNumericLiteral(inner.expression));
}

/**
 * The parameter name when `test` is exactly "name is undefined" (`negated`: "is not undefined").
 * `loose`: `==`/`!=` against undefined, which also matches null. `typeof x == 'undefined'` is not
 * loose: typeof always gives a string.
 */
function undefinedTest(ts: typeof TS, test: TS.Expression): { name: string; loose: boolean; negated: boolean } | undefined {
  const node = skipParens(ts, test);
  if (!ts.isBinaryExpression(node)) return undefined;
  const op = node.operatorToken.kind;
  const strict = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
  const negated = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
  if (!strict && op !== ts.SyntaxKind.EqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken) return undefined;
  const [left, right] = [skipParens(ts, node.left), skipParens(ts, node.right)];
  for (const [a, b] of [[left, right], [right, left]] as const) {
    if (ts.isIdentifier(a) && isUndefined(ts, b)) return { name: a.text, loose: !strict, negated };
    if (ts.isTypeOfExpression(a) && ts.isIdentifier(a.expression) && ts.isStringLiteral(b) && b.text === 'undefined') {
      return { name: a.expression.text, loose: false, negated };
    }
  }
  return undefined;
}

function isName(ts: typeof TS, node: TS.Expression, name: string): boolean {
  const inner = skipParens(ts, node);
  return ts.isIdentifier(inner) && inner.text === name;
}

const FALSY_WHY = 'a truthiness test also replaces 0, \'\', false and null; a default replaces only undefined';
const NULL_WHY = '`== undefined` and `!= undefined` also match null; a default replaces only undefined';

function assignmentTo(ts: typeof TS, statement: TS.Statement): { name: string; value: TS.Expression } | undefined {
  let inner = statement;
  if (ts.isBlock(inner) && inner.statements.length === 1) inner = inner.statements[0]!;
  if (!ts.isExpressionStatement(inner)) return undefined;
  const expression = skipParens(ts, inner.expression);
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  if (!ts.isIdentifier(expression.left)) return undefined;
  return { name: expression.left.text, value: expression.right };
}

function shapeOf(ts: typeof TS, statement: TS.Statement): Shape {
  if (ts.isIfStatement(statement) && !statement.elseStatement) {
    const assignment = assignmentTo(ts, statement.thenStatement);
    if (!assignment) return { kind: 'other' };
    // `if (!x) x = v`: the same shape, testing falsiness.
    const condition = skipParens(ts, statement.expression);
    if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken && isName(ts, condition.operand, assignment.name)) {
      return { kind: 'lookalike', name: assignment.name, why: FALSY_WHY };
    }
    const test = undefinedTest(ts, statement.expression);
    if (!test || test.negated || assignment.name !== test.name) return { kind: 'other' };
    if (test.loose) return { kind: 'lookalike', name: test.name, why: NULL_WHY };
    return { kind: 'default', name: test.name, value: assignment.value };
  }
  const assignment = assignmentTo(ts, statement);
  if (!assignment) return { kind: 'other' };
  const value = skipParens(ts, assignment.value);
  if (ts.isBinaryExpression(value) && ts.isIdentifier(value.left) && value.left.text === assignment.name) {
    if (value.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
      return { kind: 'lookalike', name: assignment.name, why: '`x = x || value` also replaces 0, \'\', false and null; a default replaces only undefined' };
    }
    if (value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
      return { kind: 'lookalike', name: assignment.name, why: '`x = x ?? value` also replaces null; a default replaces only undefined' };
    }
  }
  if (ts.isConditionalExpression(value)) {
    const name = assignment.name;
    const test = undefinedTest(ts, value.condition);
    // `x === undefined ? v : x` and `x !== undefined ? x : v` (typeof forms alike).
    const [kept, fallback] = test?.negated ? [value.whenTrue, value.whenFalse] : [value.whenFalse, value.whenTrue];
    if (test && test.name === name && isName(ts, kept, name)) {
      if (test.loose) return { kind: 'lookalike', name, why: NULL_WHY };
      return { kind: 'default', name, value: fallback };
    }
    // `x = x ? x : v` is `x = x || v`.
    if (isName(ts, value.condition, name) && isName(ts, value.whenTrue, name)) return { kind: 'lookalike', name, why: FALSY_WHY };
  }
  return { kind: 'other' };
}

function identifiersIn(ts: typeof TS, root: TS.Node): Set<string> {
  const names = new Set<string>();
  const visit = (node: TS.Node): void => {
    // Property names (`process.argv`, `{ key: v }`) are not variable references.
    const parent = node.parent;
    const isPropertyName = parent && ((ts.isPropertyAccessExpression(parent) && parent.name === node) ||
      (ts.isPropertyAssignment(parent) && parent.name === node));
    if (ts.isIdentifier(node) && !isPropertyName) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return names;
}



function convert(ctx: FileContext, fn: Fn, body: TS.Block): void {
  const { ts, sourceFile } = ctx;
  const params = new Map<string, TS.ParameterDeclaration>();
  for (const parameter of fn.parameters) if (ts.isIdentifier(parameter.name)) params.set(parameter.name.text, parameter);
  const found: DefaultStatement[] = [];
  let prologue = true;
  for (const statement of body.statements) {
    // Skip the directive prologue ("use strict" is checked below).
    if (prologue && ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) continue;
    prologue = false;
    const shape = shapeOf(ts, statement);
    if (shape.kind === 'other' || !params.has(shape.name)) break;
    if (shape.kind === 'lookalike') {
      ctx.warn(`default left alone: ${shape.why}`, statement);
      break;
    }
    found.push({ statement, parameter: params.get(shape.name)!, value: shape.value });
  }
  if (found.length === 0) return;
  const refuse = (why: string): void => ctx.warn(`default left alone: ${why}`, found[0]!.statement);
  if (hasUseStrictDirective(ts, body.statements)) return refuse('a "use strict" directive is not allowed with default parameters');
  if (!ts.isArrowFunction(fn) && identifiersIn(ts, body).has('arguments')) {
    return refuse('the function reads `arguments`, which stops tracking parameters once they have defaults');
  }
  if (ts.isCallExpression(fn.parent) || ts.isNewExpression(fn.parent)) {
    return refuse('a default lowers the function\'s length, and the function it is passed to may read it');
  }
  const bodyNames = new Set<string>();
  const collect = (node: TS.Node): void => {
    if ((ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name && ts.isIdentifier(node.name)) {
      bodyNames.add(node.name.text);
    }
    ts.forEachChild(node, collect);
  };
  collect(body);
  const order = found.map((item) => fn.parameters.indexOf(item.parameter));
  if (order.some((index, i) => i > 0 && index <= order[i - 1]!)) {
    return refuse('the defaults are not in parameter order, so their evaluation order would change');
  }
  const seen = new Set<TS.ParameterDeclaration>();
  for (const item of found) {
    const { parameter, value, statement } = item;
    if (seen.has(parameter)) return refuse(`\`${parameter.name.getText(sourceFile)}\` is defaulted twice`);
    seen.add(parameter);
    if (parameter.initializer || parameter.dotDotDotToken) return refuse('the parameter already has a default or is a rest parameter');
    if (/\/[/*]/.test(statement.getText(sourceFile))) return refuse('a comment inside the default statement');
    const index = fn.parameters.indexOf(parameter);
    for (const name of identifiersIn(ts, value)) {
      const later = fn.parameters.findIndex((p, i) => i >= index && ts.isIdentifier(p.name) && p.name.text === name);
      if (later !== -1) return refuse(`the default reads \`${name}\`, which is not yet initialised among the parameters`);
      if (bodyNames.has(name)) return refuse(`the default reads \`${name}\`, declared in the body (out of scope for parameters)`);
      if (name === 'await' || name === 'yield') return refuse('the default uses await or yield');
    }
    if (containsKind(ts, value, [ts.SyntaxKind.AwaitExpression, ts.SyntaxKind.YieldExpression])) return refuse('the default uses await or yield');
  }
  // `x => {...}` has no parentheses; `x = 1 => {...}` would not parse.
  const bare = ts.isArrowFunction(fn) && !fn.getChildren(sourceFile).some((child) => child.kind === ts.SyntaxKind.OpenParenToken);
  if (bare) {
    ctx.edits.insertBefore(fn.parameters[0]!.getStart(sourceFile), '(');
  }
  for (const { parameter, value, statement } of found) {
    if (parameter.questionToken) ctx.edits.remove(parameter.questionToken);
    ctx.edits.insertAfter(parameter.getEnd(), ` = ${value.getText(sourceFile)}${bare ? ')' : ''}`);
    removeStatementLine(ctx, statement);
  }
  ctx.stat('default-param', found.length);
}

function containsKind(ts: typeof TS, root: TS.Node, kinds: readonly TS.SyntaxKind[]): boolean {
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (kinds.includes(node.kind)) found = true;
    else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

export const pass = definePass({
  id: 'default-param',
  title: 'Undefined checks to default parameters',
  description:
    'Moves leading `if (a === undefined) a = v;`, `if (typeof a === \'undefined\') a = v;`, `a = a === undefined ? v : a;` ' +
    'and `a = a !== undefined ? a : v;` (`void 0` and typeof forms alike) into the parameter list as `a = v`. ' +
    '`a = a || v`, `a = a ? a : v`, `if (!a) a = v` and `a = a ?? v` also replace falsy or null values, so they are ' +
    'refused with a warning, as are `== undefined` tests, defaults that read later parameters or body declarations, ' +
    'functions with a "use strict" directive or that read `arguments`, and functions passed directly as arguments ' +
    '(a default lowers Function.length, which callers such as Express or Mocha inspect).',
  needs: 'syntax',
  jsdoc: false,
  match: ['undefined', 'void', '||', '??', '?', 'if'],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    const visit = (node: TS.Node): void => {
      if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) ||
        ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node)) && node.body && ts.isBlock(node.body) && node.parameters.length > 0) {
        convert(ctx, node, node.body);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
