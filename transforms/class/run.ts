import type { ts as TS } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';
import { containsIdentifier } from '../shared/syntax.js';
import { heritageOf } from './heritage.js';
import { membersOf, type ClassMember } from './members.js';

/** The statements directly after a constructor that become its class, or why they cannot. */
export interface Run {
  readonly members: readonly ClassMember[];
  readonly statements: readonly TS.Statement[];
  readonly parent?: { readonly node: TS.Expression; readonly via: 'inherits' | 'object-create' };
  /** The prototype object was replaced (literal or Object.create) without `constructor` set back. */
  readonly lostConstructor: boolean;
  /** `Foo.prototype.k = value` statements among the members: they stay, after the class. */
  readonly kept: readonly TS.Statement[];
}

/** `Foo.prototype.k = value` (not a function, not mentioning Foo): prototype data a class body cannot hold. */
function prototypeData(ts: typeof TS, statement: TS.Statement, name: string): string | undefined {
  if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) return undefined;
  const { left, right, operatorToken } = statement.expression;
  if (operatorToken.kind !== ts.SyntaxKind.EqualsToken || ts.isFunctionExpression(right) || containsIdentifier(ts, right, name)) return undefined;
  const key = ts.isPropertyAccessExpression(left) ? left.name.text
    : ts.isElementAccessExpression(left) && ts.isStringLiteral(left.argumentExpression) ? left.argumentExpression.text : undefined;
  const owner = ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left) ? left.expression : undefined;
  const onPrototype = owner && ts.isPropertyAccessExpression(owner) && owner.name.text === 'prototype' && ts.isIdentifier(owner.expression) && owner.expression.text === name;
  return onPrototype && key !== 'constructor' ? key : undefined;
}

export function readRun(ctx: Pick<FileContext, 'ts' | 'sourceFile' | 'text'>, statements: readonly TS.Statement[], index: number, name: string, callees: ReadonlySet<string>): Run | { why: string } {
  const { ts, sourceFile, text } = ctx;
  const members: ClassMember[] = [];
  const taken: TS.Statement[] = [];
  const kept: Array<{ statement: TS.Statement; key: string }> = [];
  let parent: Run['parent'];
  let replaced = false;
  let setsConstructor = false;
  for (let i = index + 1; i < statements.length; i++) {
    const statement = statements[i]!;
    const found = membersOf(ts, sourceFile, text, statement, name);
    const heritage = found ? undefined : heritageOf(ts, sourceFile, statement, name, callees);
    if (found?.kind === 'refuse') return { why: found.why };
    if (heritage?.kind === 'refuse') return { why: heritage.why };
    if (!found && !heritage) {
      // Data on the prototype stays where it is; methods after it still join the class.
      const key = prototypeData(ts, statement, name);
      if (key === undefined) break;
      kept.push({ statement, key });
      continue;
    }
    taken.push(statement);
    const replaces = found?.replacesPrototype === true || heritage?.kind === 'object-create';
    if (replaces && (replaced || kept.length > 0 || members.some((member) => !member.isStatic))) {
      return { why: `\`${name}.prototype\` is replaced after members were added to it (they are lost)` };
    }
    replaced ||= replaces;
    if (found) {
      members.push(...found.members);
      setsConstructor ||= found.setsConstructor;
    } else if (heritage?.kind === 'constructor-fix') {
      setsConstructor = true;
    } else if (heritage?.kind === 'inherits' || heritage?.kind === 'object-create') {
      if (parent) return { why: 'it inherits twice' };
      parent = { node: heritage.parent, via: heritage.kind };
    }
  }
  const seen = new Map<string, string[]>();
  for (const member of members) {
    const key = `${member.isStatic ? 'static ' : ''}${member.name.replace(/^['"]|['"]$/g, '')}`;
    const kinds = seen.get(key) ?? [];
    // Two methods: the later one wins in both forms. A method and an accessor, or one accessor twice, do not mix.
    const clash = member.kind === 'method' ? kinds.some((kind) => kind !== 'method') : kinds.includes('method') || kinds.includes(member.kind);
    if (clash) {
      return { why: `\`${member.name}\` is defined twice` };
    }
    seen.set(key, [...kinds, member.kind]);
  }
  const last = taken.at(-1)?.getEnd() ?? 0;
  const inside = kept.filter((entry) => entry.statement.getEnd() < last);
  const clash = inside.find((entry) => members.some((member) => !member.isStatic && member.name.replace(/^['"]|['"]$/g, '') === entry.key));
  if (clash) return { why: `\`${name}.prototype.${clash.key}\` is both a method and a value` };
  return { members, statements: taken, parent, lostConstructor: replaced && !setsConstructor, kept: inside.map((entry) => entry.statement) };
}
