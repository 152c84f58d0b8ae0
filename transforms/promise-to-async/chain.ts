import type { ts as TS } from 'ts-morph';

export type Callback = TS.ArrowFunction | TS.FunctionExpression;

/** `receiver.then(a).then(b).catch(h)`, taken apart. */
export interface Chain {
  readonly receiver: TS.Expression;
  /** The `.then` callbacks, first to last. */
  readonly steps: readonly Callback[];
  /** The final `.catch` callback, if any. */
  readonly handler?: Callback;
  /** The `.then` / `.catch` calls, outermost first. */
  readonly calls: readonly TS.CallExpression[];
}

export type Parsed = { readonly kind: 'chain'; readonly chain: Chain } | { readonly kind: 'refused'; readonly reason: string };

const METHODS = new Set(['then', 'catch', 'finally']);

/** Whether `node` is a call of `.then`, `.catch` or `.finally` (a candidate for this pass). */
export function isPromiseMethodCall(ts: typeof TS, node: TS.Node): node is TS.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ts.isIdentifier(node.expression.name) &&
    METHODS.has(node.expression.name.text)
  );
}

/** Takes a returned `.then(...)...catch(...)` chain apart, refusing every shape this pass does not handle. */
export function parseChain(ts: typeof TS, expression: TS.CallExpression): Parsed {
  const refused = (reason: string): Parsed => ({ kind: 'refused', reason });
  const steps: Callback[] = [];
  const calls: TS.CallExpression[] = [];
  let handler: Callback | undefined;
  let node: TS.Expression = expression;
  while (isPromiseMethodCall(ts, node)) {
    const callee = node.expression as TS.PropertyAccessExpression;
    const method = callee.name.text;
    if (callee.questionDotToken || node.questionDotToken) return refused('an optional call in the chain');
    if (node.typeArguments) return refused(`explicit type arguments on .${method}`);
    if (method === 'finally') return refused('.finally has no direct try/finally equivalent that keeps the value');
    if (node.arguments.length !== 1) {
      return refused(`.${method} with ${node.arguments.length} arguments (only the one-callback form is rewritten)`);
    }
    const callback = node.arguments[0]!;
    if (!ts.isArrowFunction(callback) && !ts.isFunctionExpression(callback)) {
      return refused(`the .${method} callback is not an inline function`);
    }
    if (method === 'catch') {
      if (calls.length > 0) return refused('a .catch before the end of the chain (it would not cover the later steps)');
      handler = callback;
    } else steps.unshift(callback);
    calls.push(node);
    node = callee.expression;
  }
  return { kind: 'chain', chain: { receiver: node, steps, handler, calls } };
}

/** Calls `visit` for each node under `root` that belongs to the same function (nested functions skipped). */
export function forEachInFunction(ts: typeof TS, root: TS.Node, visit: (node: TS.Node) => void): void {
  const walk = (node: TS.Node): void => {
    visit(node);
    if (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) return;
    ts.forEachChild(node, walk);
  };
  ts.forEachChild(root, walk);
}

/** Return statements of the function `body` belongs to (nested functions and arrows skipped). */
export function returnsOf(ts: typeof TS, body: TS.Node): TS.ReturnStatement[] {
  const found: TS.ReturnStatement[] = [];
  const walk = (node: TS.Node): void => {
    if (ts.isReturnStatement(node)) found.push(node);
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    ts.forEachChild(node, walk);
  };
  ts.forEachChild(body, walk);
  return found;
}

/** Why a callback cannot be inlined into the function, or undefined. */
export function callbackProblem(ts: typeof TS, callback: Callback): string | undefined {
  if (callback.asteriskToken) return 'a generator callback';
  if (callback.parameters.length > 1) return 'a callback with more than one parameter';
  const parameter = callback.parameters[0];
  if (parameter && (parameter.initializer || parameter.dotDotDotToken)) return 'a callback parameter with a default or rest';
  if (callback.typeParameters || callback.type) return 'a callback with type parameters or a return type';
  if (ts.isFunctionExpression(callback) && callback.name) return 'a named function expression callback';
  let problem: string | undefined;
  const check = (node: TS.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'arguments') problem ??= 'a callback that uses `arguments`';
    if (ts.isFunctionExpression(callback)) {
      if (node.kind === ts.SyntaxKind.ThisKeyword) problem ??= 'a function callback that uses `this` (undefined there)';
      if (ts.isMetaProperty(node) || node.kind === ts.SyntaxKind.SuperKeyword) problem ??= 'a function callback that uses new.target or super';
    }
    if (ts.isVariableDeclarationList(node) && !(node.flags & ts.NodeFlags.BlockScoped)) {
      problem ??= 'a callback that declares `var` (it would move to the whole function)';
    }
  };
  forEachInFunction(ts, callback, check);
  return problem;
}

/** Names a callback would add to the scope it is inlined into: its parameter and top-level declarations. */
export function declaredNames(ts: typeof TS, callback: Callback): string[] {
  const names: string[] = [];
  const collect = (name: TS.BindingName): void => {
    if (ts.isIdentifier(name)) names.push(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) collect(element.name);
  };
  for (const parameter of callback.parameters) collect(parameter.name);
  if (ts.isBlock(callback.body)) {
    for (const statement of callback.body.statements) {
      if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) collect(declaration.name);
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.push(statement.name.text);
      else if ((ts.isEnumDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))) {
        names.push(statement.name.text);
      }
    }
  }
  return names;
}
