import type { ts as TS } from 'ts-morph';

/**
 * How the project uses one value of an untyped module (the module itself, a property of it, a
 * callback's parameter, a call's result): what it calls, reads, writes. Built from the syntax
 * around each reference; the checker only names argument types and finds references.
 */
export interface Shape {
  readonly calls: CallUse[];
  readonly constructs: CallUse[];
  readonly props: Map<string, Shape>;
  /** Written (`x.a = v`): the member must accept whatever is assigned. */
  assigned: boolean;
  /** Read with `x[key]`. */
  indexed: boolean;
  /** What uses that ask no member need it to be: `number` for `x - 1`, a typed parameter's type when passed to it. */
  readonly needs: string[];
}

export interface CallUse {
  readonly args: ArgUse[];
  /** The result's uses; undefined when no call site uses it (the call is a statement). */
  readonly result: Shape | undefined;
}

export type ArgUse =
  | { readonly kind: 'value'; readonly types: readonly string[] | undefined; readonly name: string | undefined }
  | { readonly kind: 'callback'; readonly params: ReadonlyArray<{ readonly name: string | undefined; readonly shape: Shape }>; readonly self: Shape }
  | { readonly kind: 'spread' };

export function newShape(): Shape {
  return { calls: [], constructs: [], props: new Map(), assigned: false, indexed: false, needs: [] };
}

/** Whether the shape says anything a type could hold (else the value is only passed on: `unknown`). */
export function hasMembers(shape: Shape): boolean {
  return shape.calls.length > 0 || shape.constructs.length > 0 || shape.props.size > 0 || shape.indexed;
}

/** Callback nesting and followed variables, at most: `test(…, (t) => t.test(…, (st) => st.equal(…)))` is 2. */
const MAX_DEPTH = 4;

/** Type words an argument's type may contain in a declaration file: primitives and global library types. */
const PRIMITIVE = new Set(['string', 'number', 'boolean', 'bigint', 'symbol', 'null', 'undefined', 'void']);

export class UsageCollector {
  /** Operators whose operands are numbers (`+` is not: it joins strings too). */
  private readonly arithmetic: ReadonlySet<TS.SyntaxKind>;
  private readonly relational: ReadonlySet<TS.SyntaxKind>;

  constructor(
    private readonly ts: typeof TS,
    private readonly checker: TS.TypeChecker,
  ) {
    const kind = ts.SyntaxKind;
    this.arithmetic = new Set([
      kind.MinusToken, kind.AsteriskToken, kind.SlashToken, kind.PercentToken, kind.AsteriskAsteriskToken,
      kind.MinusEqualsToken, kind.AsteriskEqualsToken, kind.SlashEqualsToken, kind.PercentEqualsToken,
      kind.AmpersandToken, kind.BarToken, kind.CaretToken, kind.LessThanLessThanToken, kind.GreaterThanGreaterThanToken, kind.GreaterThanGreaterThanGreaterThanToken,
    ]);
    this.relational = new Set([kind.LessThanToken, kind.GreaterThanToken, kind.LessThanEqualsToken, kind.GreaterThanEqualsToken]);
  }

  /** Records every use of `name`'s binding (its references in its file) into `shape`. */
  bindingUses(name: TS.Identifier, shape: Shape, depth = 0): void {
    for (const reference of this.referencesOf(name)) this.valueUses(reference, shape, depth);
  }

  /**
   * The identifiers that refer to what `name` declares, searched in the function that declares it
   * (a parameter's function, a variable's enclosing function) or, for an import, the file: a
   * callback's parameter costs a walk of the callback, not of the file.
   */
  private referencesOf(name: TS.Identifier): TS.Identifier[] {
    const { ts, checker } = this;
    const symbol = checker.getSymbolAtLocation(name);
    if (!symbol) return [];
    let scope: TS.Node = name.parent;
    while (!ts.isSourceFile(scope) && !ts.isFunctionLike(scope)) scope = scope.parent;
    const found: TS.Identifier[] = [];
    const visit = (node: TS.Node): void => {
      if (ts.isIdentifier(node) && node !== name && node.text === name.text && checker.getSymbolAtLocation(node) === symbol) found.push(node);
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return found;
  }

  /** Records how the code around `node` (a reference, a property read, a call) uses its value. */
  valueUses(node: TS.Expression, shape: Shape, depth: number): void {
    const { ts } = this;
    let current: TS.Expression = node;
    while (ts.isParenthesizedExpression(current.parent) || ts.isNonNullExpression(current.parent)) current = current.parent;
    const parent = current.parent;
    // `st['throws'](…)` reads the property `throws` as `st.throws` does.
    const literalKey = ts.isElementAccessExpression(parent) && parent.expression === current && ts.isStringLiteralLike(parent.argumentExpression);
    if ((ts.isPropertyAccessExpression(parent) || literalKey) && parent.expression === current) {
      const name = ts.isPropertyAccessExpression(parent) ? parent.name.text : (parent.argumentExpression as TS.StringLiteralLike).text;
      const prop = shape.props.get(name) ?? newShape();
      shape.props.set(name, prop);
      const assignment = parent.parent;
      if (ts.isBinaryExpression(assignment) && assignment.left === parent && assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken) prop.assigned = true;
      else this.valueUses(parent, prop, depth);
    } else if (ts.isElementAccessExpression(parent) && parent.expression === current) {
      shape.indexed = true;
    } else if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === current) {
      (ts.isCallExpression(parent) ? shape.calls : shape.constructs).push(this.callUse(parent, depth));
    } else if (ts.isVariableDeclaration(parent) && parent.initializer === current && ts.isIdentifier(parent.name) && !parent.type && depth < MAX_DEPTH) {
      // `const t2 = t;` `var stream = test.createStream()`: the variable's uses are the value's.
      this.bindingUses(parent.name, shape, depth + 1);
    } else {
      // Passed on, returned, compared: nothing asked of its members, maybe of its type.
      const needed = this.neededType(current);
      if (needed) shape.needs.push(needed);
    }
  }

  /** Records the uses of `this` in a function body (not in nested functions, which have their own). */
  private thisUses(body: TS.Node, shape: Shape, depth: number): void {
    const { ts } = this;
    const visit = (node: TS.Node): void => {
      if (node.kind === ts.SyntaxKind.ThisKeyword) this.valueUses(node as TS.Expression, shape, depth);
      else if (!ts.isFunctionDeclaration(node) && !ts.isFunctionExpression(node) && !ts.isClassLike(node)) ts.forEachChild(node, visit);
    };
    visit(body);
  }

  /** The type a use requires of a value: a number for arithmetic, else what the context expects. */
  private neededType(node: TS.Expression): string | undefined {
    const { ts, checker } = this;
    const parent = node.parent;
    if (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) return parent.operator === ts.SyntaxKind.ExclamationToken ? undefined : 'number';
    if (ts.isBinaryExpression(parent)) {
      const operator = parent.operatorToken.kind;
      if (this.arithmetic.has(operator)) return 'number';
      if (this.relational.has(operator)) {
        const other = checker.getTypeAtLocation(parent.left === node ? parent.right : parent.left);
        return other.flags & ts.TypeFlags.NumberLike ? 'number' : undefined;
      }
      if (operator !== ts.SyntaxKind.EqualsToken || parent.left === node) return undefined;
    }
    if (ts.isPartOfTypeNode(node) || !ts.isExpression(node)) return undefined; // a name in a type, not a value
    const contextual = checker.getContextualType(node);
    return contextual ? this.typeWords(contextual)?.join(' | ') : undefined;
  }

  private callUse(call: TS.CallExpression | TS.NewExpression, depth: number): CallUse {
    const { ts } = this;
    const args = (call.arguments ?? []).map((argument) => this.argUse(argument, depth));
    let outer: TS.Node = call.parent;
    while (ts.isParenthesizedExpression(outer)) outer = outer.parent;
    const unused = ts.isExpressionStatement(outer) || ts.isVoidExpression(outer);
    if (unused) return { args, result: undefined };
    const result = newShape();
    if (depth < MAX_DEPTH) this.valueUses(call, result, depth + 1);
    return { args, result };
  }

  private argUse(argument: TS.Expression, depth: number): ArgUse {
    const { ts } = this;
    if (ts.isSpreadElement(argument)) return { kind: 'spread' };
    if ((ts.isFunctionExpression(argument) || ts.isArrowFunction(argument)) && depth < MAX_DEPTH) {
      const params = argument.parameters.map((parameter) => {
        const shape = newShape();
        const name = ts.isIdentifier(parameter.name) ? parameter.name.text : undefined; // destructured
        if (parameter.type) return { name, shape };
        if (ts.isIdentifier(parameter.name)) this.bindingUses(parameter.name, shape, depth + 1);
        // `({ name, size }) => …` reads the properties it destructures.
        if (ts.isObjectBindingPattern(parameter.name)) {
          for (const element of parameter.name.elements) {
            const key = element.propertyName ?? element.name;
            if (element.dotDotDotToken || !ts.isIdentifier(element.name) || !(ts.isIdentifier(key) || ts.isStringLiteral(key))) continue;
            const prop = shape.props.get(key.text) ?? newShape();
            shape.props.set(key.text, prop);
            this.bindingUses(element.name, prop, depth + 1);
          }
        }
        return { name, shape };
      });
      // `function () { this.timeout(5000) }`: the module calls it with a `this` (an arrow has none of its own).
      const self = newShape();
      if (ts.isFunctionExpression(argument) && argument.body) this.thisUses(argument.body, self, depth + 1);
      return { kind: 'callback', params, self };
    }
    const name = ts.isIdentifier(argument) ? argument.text : ts.isPropertyAccessExpression(argument) ? argument.name.text : undefined;
    const type = this.checker.getTypeAtLocation(argument);
    return { kind: 'value', types: this.typeWords(this.checker.getWidenedType(type)), name };
  }

  /**
   * A type as declaration-file words, widened (`'a'` is `string`), union members apart; undefined
   * when it has no spelling a declaration file outside the project can use (`any`, a local
   * class, an object literal's anonymous type).
   */
  typeWords(type: TS.Type): string[] | undefined {
    const { ts, checker } = this;
    if (type.flags & ts.TypeFlags.Boolean) return ['boolean'];
    const parts = type.isUnion() ? type.types : [type];
    const words = new Set<string>();
    for (const part of parts) {
      const base = checker.getBaseTypeOfLiteralType(part);
      if (base.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never | ts.TypeFlags.TypeParameter)) return undefined;
      const text = checker.typeToString(base, undefined, ts.TypeFormatFlags.NoTruncation);
      if (PRIMITIVE.has(text)) {
        words.add(text);
        continue;
      }
      // A global library type by name (`Date`, `RegExp`, `Buffer`), or an array of one.
      const element = /^([A-Z][\w$]*)(\[\])*$/.exec(text)?.[1];
      const declarations = (checker.getIndexTypeOfType(base, ts.IndexKind.Number) ?? base).getSymbol()?.declarations ?? base.getSymbol()?.declarations;
      const global = declarations?.every((declaration) => declaration.getSourceFile().isDeclarationFile && !ts.isExternalModule(declaration.getSourceFile()));
      if (element && global) words.add(text);
      else if (/^(string|number|boolean)(\[\])+$/.test(text)) words.add(text);
      else return undefined;
    }
    return [...words];
  }
}
