import type { ts as TS } from 'ts-morph';

/**
 * The statements after `function Foo() {}` that become class members:
 * `Foo.prototype.m = function () {}`, `Foo.s = function () {}`, `Foo.prototype = { m: function () {} }`
 * and `Object.defineProperty(Foo.prototype, 'x', { get: function () {}, set: function (v) {} })`.
 */

export type MemberFunction = TS.FunctionExpression | TS.MethodDeclaration | TS.AccessorDeclaration;

export interface ClassMember {
  readonly kind: 'method' | 'get' | 'set';
  readonly isStatic: boolean;
  /** The name as the class writes it: `m`, `'to-string'`. */
  readonly name: string;
  readonly fn: MemberFunction;
  /** Where this member's leading comments start (its statement's and its property's `pos`). */
  readonly commentsAt: readonly number[];
  /** Text that holds the member besides its function; a comment there would be lost. */
  readonly outside: readonly string[];
}

export type MemberStatement =
  | { readonly kind: 'members'; readonly members: readonly ClassMember[]; readonly replacesPrototype: boolean; readonly setsConstructor: boolean }
  | { readonly kind: 'refuse'; readonly why: string };

const STATIC_FORBIDDEN = new Set(['name', 'length', 'prototype', 'caller', 'arguments']);

const unquote = (name: string): string => name.replace(/^['"]|['"]$/g, '');

function isName(ts: typeof TS, node: TS.Node, name: string): boolean {
  return ts.isIdentifier(node) && node.text === name;
}

function isPrototypeOf(ts: typeof TS, node: TS.Node, name: string): boolean {
  return ts.isPropertyAccessExpression(node) && node.name.text === 'prototype' && isName(ts, node.expression, name);
}

/** A property key a class member can use as it is: an identifier or a string literal. */
function keyText(ts: typeof TS, sourceFile: TS.SourceFile, key: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(key) || ts.isStringLiteral(key)) return key.getText(sourceFile);
  return undefined;
}

/** The statement's text outside its properties (their leading comments travel with them). */
function between(text: string, statement: TS.Statement, properties: readonly TS.Node[], sourceFile: TS.SourceFile): string[] {
  const pieces: string[] = [];
  let from = statement.getStart(sourceFile);
  for (const property of properties) {
    pieces.push(text.slice(from, property.pos));
    from = property.end;
  }
  pieces.push(text.slice(from, statement.getEnd()));
  return pieces;
}

function around(text: string, outer: TS.Node, inner: TS.Node, sourceFile: TS.SourceFile): string[] {
  return [text.slice(outer.getStart(sourceFile), inner.getStart(sourceFile)), text.slice(inner.getEnd(), outer.getEnd())];
}

/** `Foo.prototype.m = function () {}` / `Foo.m = function () {}`. */
function assignedMember(ts: typeof TS, sourceFile: TS.SourceFile, text: string, statement: TS.ExpressionStatement, name: string): MemberStatement | undefined {
  const assignment = statement.expression;
  if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const fn = assignment.right;
  if (!ts.isFunctionExpression(fn)) return undefined;
  const target = assignment.left;
  let owner: TS.Expression;
  let key: string;
  if (ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.name)) {
    owner = target.expression;
    key = target.name.text;
  } else if (ts.isElementAccessExpression(target) && ts.isStringLiteral(target.argumentExpression)) {
    owner = target.expression;
    key = target.argumentExpression.getText(sourceFile);
  } else return undefined;
  const member = { kind: 'method' as const, name: key, fn, commentsAt: [statement.pos], outside: around(text, statement, fn, sourceFile) };
  if (isName(ts, owner, name)) {
    if (STATIC_FORBIDDEN.has(unquote(key))) return undefined;
    return { kind: 'members', members: [{ ...member, isStatic: true }], replacesPrototype: false, setsConstructor: false };
  }
  if (isPrototypeOf(ts, owner, name) && unquote(key) !== 'constructor') {
    return { kind: 'members', members: [{ ...member, isStatic: false }], replacesPrototype: false, setsConstructor: false };
  }
  return undefined;
}

/** `Foo.prototype = { m: function () {}, n() {}, get x() {}, constructor: Foo }`. */
function prototypeLiteral(ts: typeof TS, sourceFile: TS.SourceFile, text: string, statement: TS.ExpressionStatement, name: string): MemberStatement | undefined {
  const assignment = statement.expression;
  if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  if (!isPrototypeOf(ts, assignment.left, name) || !ts.isObjectLiteralExpression(assignment.right)) return undefined;
  const literal = assignment.right;
  const members: ClassMember[] = [];
  let setsConstructor = false;
  const outside = between(text, statement, literal.properties, sourceFile);
  for (const property of literal.properties) {
    const key = property.name && keyText(ts, sourceFile, property.name);
    if (key === undefined) return { kind: 'refuse', why: 'the prototype object has a computed, numeric or spread member' };
    if (unquote(key) === 'constructor') {
      if (ts.isPropertyAssignment(property) && isName(ts, property.initializer, name)) {
        setsConstructor = true;
        outside.push(text.slice(property.pos, property.end));
        continue;
      }
      return { kind: 'refuse', why: 'the prototype object sets `constructor` to something else' };
    }
    const base = { isStatic: false, name: key, commentsAt: [property.pos] };
    if (ts.isPropertyAssignment(property) && ts.isFunctionExpression(property.initializer)) {
      members.push({ ...base, kind: 'method', fn: property.initializer, outside: around(text, property, property.initializer, sourceFile) });
    } else if (ts.isMethodDeclaration(property) || ts.isGetAccessorDeclaration(property) || ts.isSetAccessorDeclaration(property)) {
      const kind = ts.isMethodDeclaration(property) ? 'method' : ts.isGetAccessorDeclaration(property) ? 'get' : 'set';
      members.push({ ...base, kind, fn: property, outside: [] });
    } else {
      return { kind: 'refuse', why: `the prototype object has a non-function member \`${unquote(key)}\` (a class body holds only methods)` };
    }
  }
  if (members.length === 0) return { kind: 'refuse', why: 'the prototype object has no methods' };
  members[0] = { ...members[0]!, commentsAt: [statement.pos, ...members[0]!.commentsAt], outside: [...members[0]!.outside, ...outside] };
  return { kind: 'members', members, replacesPrototype: true, setsConstructor };
}

/** `Object.defineProperty(Foo.prototype, 'x', { get: function () {}, set: function (v) {} })`. */
function definedAccessor(ts: typeof TS, sourceFile: TS.SourceFile, text: string, statement: TS.ExpressionStatement, name: string): MemberStatement | undefined {
  const call = statement.expression;
  if (!ts.isCallExpression(call) || call.expression.getText(sourceFile) !== 'Object.defineProperty' || call.arguments.length !== 3) return undefined;
  const [target, key, descriptor] = call.arguments as unknown as [TS.Expression, TS.Expression, TS.Expression];
  if (!isPrototypeOf(ts, target, name)) return undefined;
  const refuse = (why: string): MemberStatement => ({ kind: 'refuse', why: `Object.defineProperty on the prototype: ${why}` });
  if (!ts.isStringLiteral(key) || !ts.isObjectLiteralExpression(descriptor)) return refuse('the key or descriptor is not a literal');
  const members: ClassMember[] = [];
  const outside = between(text, statement, descriptor.properties, sourceFile);
  for (const property of descriptor.properties) {
    const field = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
    const value = ts.isPropertyAssignment(property) ? property.initializer : undefined;
    // Class accessors are configurable and not enumerable.
    const implied = (field === 'configurable' && value?.kind === ts.SyntaxKind.TrueKeyword) ||
      (field === 'enumerable' && value?.kind === ts.SyntaxKind.FalseKeyword);
    if (implied) {
      outside.push(text.slice(property.pos, property.end));
      continue;
    }
    if ((field === 'get' || field === 'set') && value && ts.isFunctionExpression(value)) {
      const memberName = /^[A-Za-z_$][\w$]*$/.test(key.text) ? key.text : key.getText(sourceFile);
      members.push({ kind: field, isStatic: false, name: memberName, fn: value, commentsAt: [property.pos], outside: around(text, property, value, sourceFile) });
    } else if ((field === 'get' || field === 'set') && ts.isMethodDeclaration(property)) {
      return refuse(`\`${field}()\` shorthand (convert it by hand)`);
    } else if (field === 'enumerable') {
      return refuse('the accessor is enumerable (class accessors are not)');
    } else {
      return refuse(`the descriptor has \`${field ?? property.getText(sourceFile)}\` (a class accessor has only get and set)`);
    }
  }
  if (members.length === 0) return refuse('the descriptor has neither get nor set');
  members[0] = { ...members[0]!, commentsAt: [statement.pos, ...members[0]!.commentsAt], outside: [...members[0]!.outside, ...outside] };
  return { kind: 'members', members, replacesPrototype: false, setsConstructor: false };
}

/** Accessor definitions this pass does not take apart, named so the refusal says why. */
function unsupportedDefinition(ts: typeof TS, sourceFile: TS.SourceFile, statement: TS.ExpressionStatement, name: string): MemberStatement | undefined {
  const call = statement.expression;
  if (!ts.isCallExpression(call) || call.arguments.length === 0) return undefined;
  const callee = call.expression.getText(sourceFile);
  const target = call.arguments[0]!;
  if (callee === 'Object.defineProperties' && (isName(ts, target, name) || isPrototypeOf(ts, target, name))) {
    return { kind: 'refuse', why: 'Object.defineProperties is not taken apart (one Object.defineProperty per accessor is)' };
  }
  if (callee === 'Object.defineProperty' && isName(ts, target, name)) {
    return { kind: 'refuse', why: 'a static accessor through Object.defineProperty is not converted' };
  }
  return undefined;
}

/** `Name.prototype.m = () => ...`: an arrow is no method (and may use the outer `this`). */
function arrowMember(ts: typeof TS, statement: TS.ExpressionStatement, name: string): MemberStatement | undefined {
  const assignment = statement.expression;
  if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isArrowFunction(assignment.right)) return undefined;
  const owner = ts.isPropertyAccessExpression(assignment.left) ? assignment.left.expression : undefined;
  if (!owner || !(isPrototypeOf(ts, owner, name) || isName(ts, owner, name))) return undefined;
  return { kind: 'refuse', why: 'a member is an arrow function (convert it to a function expression first if it does not use `this`)' };
}

/** Reads one statement after the constructor `name`; undefined when it does not define members. */
export function membersOf(ts: typeof TS, sourceFile: TS.SourceFile, text: string, statement: TS.Statement, name: string): MemberStatement | undefined {
  if (!ts.isExpressionStatement(statement)) return undefined;
  return (
    unsupportedDefinition(ts, sourceFile, statement, name) ??
    arrowMember(ts, statement, name) ??
    assignedMember(ts, sourceFile, text, statement, name) ??
    prototypeLiteral(ts, sourceFile, text, statement, name) ??
    definedAccessor(ts, sourceFile, text, statement, name)
  );
}
