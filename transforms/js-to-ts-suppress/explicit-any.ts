import type { ts as TS } from 'ts-morph';

/** An edit that silences one diagnostic with an explicit `any` at its exact place. */
export interface AnyFix {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The node the fix annotates, so two diagnostics about the same node get one fix. */
  readonly key: TS.Node;
  /** `: any` on a declaration (a cause: fixing it removes errors elsewhere) or a cast at a use. */
  readonly kind: 'declaration' | 'cast';
}

/** The deepest node whose own text covers `position`. */
export function nodeAt(ts: typeof TS, sourceFile: TS.SourceFile, position: number): TS.Node {
  let found: TS.Node = sourceFile;
  const visit = (node: TS.Node): void => {
    if (node.getStart(sourceFile) <= position && position < node.getEnd()) {
      found = node;
      ts.forEachChild(node, visit);
    }
  };
  ts.forEachChild(sourceFile, visit);
  return found;
}

function closest<T extends TS.Node>(node: TS.Node, test: (node: TS.Node) => node is T): T | undefined {
  for (let current: TS.Node | undefined = node; current; current = current.parent) if (test(current)) return current;
  return undefined;
}

/** `: any` after a parameter's name (and `?`); `(x: any)` for an arrow's lone unparenthesized one. */
function annotateParameter(ts: typeof TS, sourceFile: TS.SourceFile, parameter: TS.ParameterDeclaration): AnyFix | undefined {
  if (parameter.type) return undefined;
  const type = parameter.dotDotDotToken ? 'any[]' : 'any';
  const after = parameter.questionToken ?? parameter.name;
  const arrow = parameter.parent;
  if (ts.isArrowFunction(arrow) && !arrow.getChildren(sourceFile).some((child) => child.kind === ts.SyntaxKind.OpenParenToken)) {
    return { start: parameter.getStart(sourceFile), end: parameter.getEnd(), text: `(${parameter.getText(sourceFile)}: ${type})`, key: parameter, kind: 'declaration' };
  }
  return { start: after.getEnd(), end: after.getEnd(), text: `: ${type}`, key: parameter, kind: 'declaration' };
}

function annotateVariable(ts: typeof TS, declaration: TS.Node): AnyFix | undefined {
  if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && !declaration.type && ts.isIdentifier(declaration.name)) {
    const after = (ts.isPropertyDeclaration(declaration) ? declaration.questionToken ?? declaration.exclamationToken : declaration.exclamationToken) ?? declaration.name;
    return { start: after.getEnd(), end: after.getEnd(), text: ': any', key: declaration, kind: 'declaration' };
  }
  return undefined;
}

/** Expressions `as` binds to whole (a call, a name, a literal...); others need parentheses. */
function isTight(ts: typeof TS, expression: TS.Expression): boolean {
  return ts.isIdentifier(expression) || ts.isLiteralExpression(expression) || ts.isCallExpression(expression) || ts.isPropertyAccessExpression(expression) ||
    ts.isElementAccessExpression(expression) || ts.isParenthesizedExpression(expression) || ts.isObjectLiteralExpression(expression) ||
    ts.isArrayLiteralExpression(expression) || ts.isNewExpression(expression) || ts.isTemplateExpression(expression) || expression.kind === ts.SyntaxKind.ThisKeyword;
}

/** `arg as any` for an argument (`(a + b) as any` when `as` would bind to part of it). */
function argumentAsAny(ts: typeof TS, sourceFile: TS.SourceFile, argument: TS.Expression): AnyFix {
  const text = argument.getText(sourceFile);
  return { start: argument.getStart(sourceFile), end: argument.getEnd(), text: isTight(ts, argument) ? `${text} as any` : `(${text}) as any`, key: argument, kind: 'cast' };
}

/** `(obj as any)`: the object of a property access, parenthesized so the access applies to the cast. */
function asAny(ts: typeof TS, sourceFile: TS.SourceFile, expression: TS.Expression): AnyFix | undefined {
  if (expression.kind === ts.SyntaxKind.SuperKeyword) return undefined;
  const start = expression.getStart(sourceFile);
  // `(obj as any).x = 1` opening a statement after one without a semicolon would call the line before.
  const before = sourceFile.text.slice(0, start).trimEnd();
  const opensStatement = closest(expression, ts.isExpressionStatement)?.getStart(sourceFile) === start;
  const guard = opensStatement && before !== '' && !/[;{}]$/.test(before) ? ';' : '';
  return { start, end: expression.getEnd(), text: `${guard}(${expression.getText(sourceFile)} as any)`, key: expression, kind: 'cast' };
}

/**
 * The untyped local variable an access chain starts from (`flags` in `flags.bools[key]`) when it
 * was initialized with an object or array literal: its inferred shape (`{}`, `never[]`) is what
 * every later access trips over, so one `: any` there silences them all.
 */
function literalRoot(ts: typeof TS, sourceFile: TS.SourceFile, checker: TS.TypeChecker, expression: TS.Expression): TS.VariableDeclaration | undefined {
  let root: TS.Expression = expression;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isParenthesizedExpression(root)) root = root.expression;
  if (!ts.isIdentifier(root)) return undefined;
  const declaration = checker.getSymbolAtLocation(root)?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || declaration.getSourceFile() !== sourceFile || declaration.type) return undefined;
  const initializer = declaration.initializer;
  return initializer && (ts.isObjectLiteralExpression(initializer) || ts.isArrayLiteralExpression(initializer)) ? declaration : undefined;
}

/** `: any` on the literal-initialized variable the access starts from, else `(obj as any)`. */
function objectAsAny(ts: typeof TS, sourceFile: TS.SourceFile, checker: TS.TypeChecker, object: TS.Expression): AnyFix | undefined {
  const root = literalRoot(ts, sourceFile, checker, object);
  return root ? annotateVariable(ts, root) : asAny(ts, sourceFile, object);
}

/**
 * The explicit `any` that silences the diagnostic at its exact place, or undefined when there
 * is none and a comment has to do:
 * - an implicitly-any parameter, binding pattern, variable or class member gets `: any`;
 * - a property that does not exist on a type, or an index the type has no signature for,
 *   gets `: any` on the object- or array-literal variable the access starts from, else its
 *   object as `(obj as any)`;
 * - an argument of the wrong type becomes `(arg as any)`.
 */
export function anyFix(ts: typeof TS, sourceFile: TS.SourceFile, checker: TS.TypeChecker, diagnostic: TS.Diagnostic): AnyFix | undefined {
  const node = nodeAt(ts, sourceFile, diagnostic.start!);
  switch (diagnostic.code) {
    case 7006: // Parameter 'x' implicitly has an 'any' type.
    case 7019: // Rest parameter 'x' implicitly has an 'any[]' type.
    case 7031: { // Binding element 'x' implicitly has an 'any' type.
      let parameter = closest(node, ts.isParameter);
      // The outermost parameter of a nested pattern carries the annotation.
      while (parameter && closest(parameter.parent, ts.isParameter)) parameter = closest(parameter.parent, ts.isParameter);
      return parameter ? annotateParameter(ts, sourceFile, parameter) : undefined;
    }
    case 2683: { // 'this' implicitly has type 'any' because it does not have a type annotation.
      // A callback's `this` (traverse's `function (x) { this.update(x) }`): `this: any` once in
      // its function's parameters silences every use in it.
      const fn = closest(node, (candidate): candidate is TS.FunctionExpression | TS.FunctionDeclaration => ts.isFunctionExpression(candidate) || ts.isFunctionDeclaration(candidate));
      if (!fn || fn.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === 'this')) return undefined;
      const at = fn.parameters.pos;
      return { start: at, end: at, text: fn.parameters.length > 0 ? 'this: any, ' : 'this: any', key: fn, kind: 'declaration' };
    }
    case 7034: // Variable 'x' implicitly has type 'any' in some locations where its type cannot be determined.
    case 7008: { // Member 'x' implicitly has an 'any' type.
      const declaration = closest(node, (candidate): candidate is TS.Node => ts.isVariableDeclaration(candidate) || ts.isPropertyDeclaration(candidate));
      return declaration ? annotateVariable(ts, declaration) : undefined;
    }
    case 7005: { // Variable 'x' implicitly has an 'any' type (at a use): annotate its declaration here.
      const declaration = ts.isIdentifier(node) ? checker.getSymbolAtLocation(node)?.valueDeclaration : undefined;
      return declaration && declaration.getSourceFile() === sourceFile ? annotateVariable(ts, declaration) : undefined;
    }
    case 2339: // Property 'x' does not exist on type 'T'.
    case 2551: { // ... Did you mean 'y'?
      const access = node.parent;
      return access && ts.isPropertyAccessExpression(access) && access.name === node ? objectAsAny(ts, sourceFile, checker, access.expression) : undefined;
    }
    case 7053: { // Element implicitly has an 'any' type because expression ... can't be used to index type.
      const access = closest(node, ts.isElementAccessExpression);
      return access ? objectAsAny(ts, sourceFile, checker, access.expression) : undefined;
    }
    case 2345: { // Argument of type 'A' is not assignable to parameter of type 'B'.
      const call = closest(node, (candidate): candidate is TS.CallExpression | TS.NewExpression => ts.isCallExpression(candidate) || ts.isNewExpression(candidate));
      const argument = call?.arguments?.find((arg) => arg.getStart(sourceFile) <= diagnostic.start! && diagnostic.start! < arg.getEnd());
      if (!argument || ts.isSpreadElement(argument)) return undefined;
      // `any` fits every parameter type but `never` (an empty array literal's element type, say),
      // and an argument that is `any` already cannot be helped by a cast: a comment then.
      const parameter = checker.getContextualType(argument);
      if (parameter && parameter.flags & ts.TypeFlags.Never) {
        // `list.push(x)` on a `{ list: [] }` literal: the literal's variable takes the any.
        const callee = call!.expression;
        const root = ts.isPropertyAccessExpression(callee) ? literalRoot(ts, sourceFile, checker, callee.expression) : undefined;
        return root ? annotateVariable(ts, root) : undefined;
      }
      const isAny = (checker.getTypeAtLocation(argument).flags & ts.TypeFlags.Any) !== 0;
      return parameter && !isAny ? argumentAsAny(ts, sourceFile, argument) : undefined;
    }
    default:
      return undefined;
  }
}
