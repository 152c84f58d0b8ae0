import { definePass } from '../../src/core/pass.js';
import type { FileContext } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';
import { declaredAfter, inheritsCallees, superCall } from './heritage.js';
import { membersOf } from './members.js';
import { readRun } from './run.js';
import { moduleKindOf, SOURCE_TYPE_OPTION, type SourceType } from '../shared/module-kind.js';
import { declaredNames, isStrictAt, sloppyDependency } from './strictness.js';
import { ctorOf, isConstructed, readsConstructor, sloppyNameUsed, usageProblem, type Ctor } from './usage.js';

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Moves every line after the first from indentation `from` to `to` (blank lines stay blank). */
function reindent(block: string, from: string, to: string): string {
  return block.replace(/\n([^\r\n]+)/g, (_, line: string) => {
    if (line.startsWith(from)) return `\n${to}${line.slice(from.length)}`;
    return `\n${to}${line.trimStart()}`;
  });
}

function hasMultilineLiteral(ts: typeof TS, root: TS.Node, sourceFile: TS.SourceFile): boolean {
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && node.getText(sourceFile).includes('\n')) {
      found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** `(params): Type {body}` of a function, from its open parenthesis; `swap` replaces one statement of the body. */
function signatureAndBody(ts: typeof TS, sourceFile: TS.SourceFile, text: string, fn: TS.FunctionLikeDeclaration, swap?: { node: TS.Node; text: string }): string {
  const open = fn.getChildren(sourceFile).find((child) => child.kind === ts.SyntaxKind.OpenParenToken)!;
  const body = fn.body!;
  let bodyText = body.getText(sourceFile);
  if (swap) {
    const from = swap.node.getStart(sourceFile) - body.getStart(sourceFile);
    bodyText = bodyText.slice(0, from) + swap.text + bodyText.slice(from + swap.node.getWidth(sourceFile));
  }
  return text.slice(open.getStart(sourceFile), body.getStart(sourceFile)).trimEnd() + ' ' + bodyText;
}

function convert(ctx: FileContext<{ sourceType: SourceType }>, statements: readonly TS.Statement[], index: number, ctor: Ctor, declared: ReadonlySet<string>, callees: ReadonlySet<string>): number {
  const { ts, sourceFile, text } = ctx;
  const { statement, fn: decl, name } = ctor;
  const refuse = (why: string): number => {
    ctx.warn(`constructor \`${name}\` left alone: ${why}`, statement);
    return 0;
  };
  const run = readRun(ctx, statements, index, name, callees);
  if ('why' in run) return refuse(run.why);
  const { members, parent } = run;
  const skip = new Set<TS.Node>(run.statements);
  if (!parent && !members.some((member) => !member.isStatic)) {
    // Static functions alone do not make a constructor (`function parse() {}; parse.strict = ...`).
    if (members.length > 0 && isConstructed(ts, sourceFile, name)) {
      // `new Foo` shows it is one.
    } else if (members.length > 0 && /^[A-Z]/.test(name)) {
      return refuse('it has static methods but no prototype members, and this file never calls it with new (a class cannot be called)');
    } else {
      const later = statements.slice(index + 1).some((statement) => {
        const found = membersOf(ts, sourceFile, text, statement, name);
        return found !== undefined && (found.kind === 'refuse' || found.members.some((member) => !member.isStatic));
      });
      if (!later) return 0;
      return refuse(usageProblem(ts, sourceFile, ctor, new Set()) ?? 'its prototype members do not directly follow it');
    }
  }
  if (/\.[cm]?tsx?$/.test(ctx.path)) return refuse('TypeScript classes need property declarations; convert by hand');
  if (decl.asteriskToken || decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return refuse('async or generator function');
  const kind = moduleKindOf(sourceFile, ts, ctx.options.sourceType);
  if (ts.isSourceFile(statement.parent) && kind === 'script') {
    return refuse('in a browser script a top-level function is a property of the global object; a class is not');
  }
  let swap: { node: TS.Node; text: string } | undefined;
  if (parent) {
    const parentText = parent.node.getText(sourceFile);
    const call = superCall(ts, sourceFile, decl, name, parentText, { allowSuperUnderscore: parent.via === 'inherits' });
    if ('why' in call) return refuse(call.why);
    swap = { node: call.statement, text: call.text };
    skip.add(call.statement);
    if (declaredAfter(ts, sourceFile, parent.node, statement.getStart(sourceFile))) {
      return refuse(`\`${parentText}\` is declared after \`${name}\`, and \`extends\` reads it where the class is declared`);
    }
  }
  const usage = usageProblem(ts, sourceFile, ctor, skip);
  if (usage) return refuse(usage);
  if (run.lostConstructor && readsConstructor(ts, sourceFile)) {
    return refuse(`instances' \`.constructor\` is not \`${name}\` after the prototype is replaced, a class's is, and this file reads \`.constructor\``);
  }
  if (/\bfor\s*\([^;)]*\bin\b/.test(text)) return refuse('the file has for...in loops, and class methods are not enumerable');
  const functions: TS.FunctionLikeDeclaration[] = [decl, ...members.map((member) => member.fn)];
  if (!isStrictAt(ts, sourceFile, decl, kind === 'esm')) {
    for (const fn of functions) {
      const problem = sloppyDependency(ts, fn, declared);
      if (problem) return refuse(`class bodies are strict mode, and ${fn === decl ? 'the constructor' : 'a method'} ${problem}`);
    }
  }
  for (const member of members) {
    if (ts.isFunctionExpression(member.fn) && member.fn.name && sloppyNameUsed(ts, member.fn)) return refuse(`method \`${member.name}\` refers to its own function name`);
    if (member.outside.some((part) => /\/[/*]/.test(part))) return refuse(`a comment inside the definition of \`${member.name}\``);
  }
  if (functions.some((fn) => hasMultilineLiteral(ts, fn, sourceFile))) return refuse('a multi-line string or template would change when re-indented');

  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = lineIndent(text, statement.getStart(sourceFile));
  const firstInner = decl.body!.statements[0];
  const unit = firstInner ? lineIndent(text, firstInner.getStart(sourceFile)).slice(indent.length) || '  ' : '  ';
  const inner = indent + unit;
  const parts: string[] = [];
  const prefix = ctor.prefix;
  const emptyConstructor = decl.parameters.length === 0 && decl.body!.statements.length === 0 && !/\/[/*]/.test(decl.body!.getText(sourceFile));
  if (!emptyConstructor) parts.push(`${inner}constructor${reindent(signatureAndBody(ts, sourceFile, text, decl, swap), indent, inner)}`);
  for (const member of members) {
    const comments = member.commentsAt.flatMap((at) => ts.getLeadingCommentRanges(text, at) ?? [])
      .map((range) => `${inner}${reindent(text.slice(range.pos, range.end), lineIndent(text, range.pos), inner)}${newline}`)
      .join('');
    const fn = member.fn;
    const modifiers = ts.canHaveModifiers(fn) ? ts.getModifiers(fn) ?? [] : [];
    const isAsync = modifiers.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
    const accessor = member.kind === 'method' ? '' : `${member.kind} `;
    const keywords = `${member.isStatic ? 'static ' : ''}${isAsync ? 'async ' : ''}${'asteriskToken' in fn && fn.asteriskToken ? '*' : ''}${accessor}`;
    // The function may start on a continuation line (`Foo.prototype.m =\n  function () {`).
    const from = lineIndent(text, fn.getStart(sourceFile));
    parts.push(`${comments}${inner}${keywords}${member.name}${reindent(signatureAndBody(ts, sourceFile, text, fn), from, inner)}`);
  }
  const last = run.statements.at(-1) ?? statement;
  const heritage = parent ? ` extends ${parent.node.getText(sourceFile)}` : '';
  const body = parts.length > 0 ? `{${newline}${parts.join(newline + newline)}${newline}${indent}}` : '{}';
  const after = run.kept.map((statement) => {
    const from = ts.getLeadingCommentRanges(text, statement.pos)?.[0]?.pos ?? statement.getStart(sourceFile);
    return `${newline}${indent}${text.slice(from, statement.getEnd())}`;
  });
  ctx.edits.replaceRange(statement.getStart(sourceFile), last.getEnd(), `${prefix}class ${name}${heritage} ${body}${after.join('')}`);
  ctx.stat('class');
  const consumed = run.statements.length + run.kept.length;
  warnAboutLaterMembers(ctx, statements.slice(index + 1 + consumed), name);
  return consumed;
}

/** `var Foo = function Bar() {}` followed by `Foo.prototype.m = ...`: a candidate this pass does not take; say so. */
function warnAboutExpressionConstructor(ctx: FileContext, statement: TS.Statement, next: TS.Statement | undefined): void {
  const { ts, sourceFile, text } = ctx;
  if (!next || !ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) return;
  const decl = statement.declarationList.declarations[0]!;
  if (!ts.isIdentifier(decl.name) || !decl.initializer || !ts.isFunctionExpression(decl.initializer)) return;
  const found = membersOf(ts, sourceFile, text, next, decl.name.text);
  if (found?.kind === 'members' && found.members.some((member) => !member.isStatic)) {
    ctx.warn(`constructor \`${decl.name.text}\` left alone: the function expression has another name, a type annotation or a comment before it (\`var ${decl.name.text} = function () {}\` converts)`, statement);
  }
}

/** Members assigned further down stay assignments (they still work on a class); say so. */
function warnAboutLaterMembers(ctx: FileContext, rest: readonly TS.Statement[], name: string): void {
  for (const statement of rest) {
    const found = membersOf(ctx.ts, ctx.sourceFile, ctx.text, statement, name);
    if (found?.kind === 'members') {
      ctx.warn(`class \`${name}\`: this member stays an assignment after the class (only members directly after the constructor move in)`, statement);
    }
  }
}

export const pass = definePass<{ sourceType: SourceType }>({
  id: 'class',
  title: 'Prototype constructors to classes',
  description:
    'Rewrites `function Foo() {...}` followed directly by `Foo.prototype.m = function () {...}`, `Foo.s = function () {...}`, ' +
    '`Foo.prototype = { m: function () {...} }` and `Object.defineProperty(Foo.prototype, \'x\', { get, set })` statements to ' +
    '`class Foo { constructor() {...} m() {...} static s() {...} get x() {...} }`, and util.inherits / Object.create ' +
    'inheritance with a leading `Parent.call(this, ...)` to `class Foo extends Parent` with `super(...)`. ' +
    'Refused with a warning: calls without new, Foo.call/apply/bind, other inheritance, a constructor that does not ' +
    'call its parent first, `Foo.prototype = new Parent()`, prototype objects with data, uses before the declaration ' +
    '(classes are not hoisted), for...in in the file (methods become non-enumerable), `.constructor` reads when the ' +
    'prototype was replaced, browser-script top level (no global property), TypeScript files, and sloppy-mode code ' +
    'that strict class bodies would change (with, arguments.callee, octal literals, implicit globals, block functions).',
  needs: 'syntax',
  jsdoc: false,
  match: ['.prototype', '= function', 'inherits', 'defineProperty', 'defineProperties'],
  version: '2',
  options: { sourceType: SOURCE_TYPE_OPTION },
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    let declared: Set<string> | undefined;
    let callees: Set<string> | undefined;
    // Functions inside a converted class are already part of its replacement text.
    const converted: Array<{ start: number; end: number }> = [];
    const scan = (statements: readonly TS.Statement[]): void => {
      for (let i = 0; i < statements.length; i++) {
        const statement = statements[i]!;
        const ctor = ctorOf(ts, sourceFile, ctx.text, statement);
        if (ctor) {
          declared ??= declaredNames(ts, sourceFile);
          callees ??= inheritsCallees(ts, sourceFile);
          const consumed = convert(ctx, statements, i, ctor, declared, callees);
          if (consumed > 0) converted.push({ start: statement.pos, end: statements[i + consumed]!.getEnd() });
          i += consumed;
        } else {
          warnAboutExpressionConstructor(ctx, statement, statements[i + 1]);
        }
      }
    };
    const visit = (node: TS.Node): void => {
      if (converted.some((range) => node.pos >= range.start && node.end <= range.end)) return;
      if (ts.isSourceFile(node)) scan(node.statements);
      else if (ts.isBlock(node) && ts.isFunctionLike(node.parent)) scan(node.statements);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
