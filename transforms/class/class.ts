import { definePass } from '../../src/core/pass.js';
import type { FileContext } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';
import { declaredNames, isModuleFile, isStrictAt, sloppyDependency } from './strictness.js';

/** One `Foo.prototype.name = function () {}` or `Foo.name = function () {}` after the constructor. */
interface Member {
  readonly statement: TS.ExpressionStatement;
  readonly target: TS.PropertyAccessExpression | TS.ElementAccessExpression;
  readonly isStatic: boolean;
  readonly name: string;
  readonly fn: TS.FunctionExpression;
}

const STATIC_FORBIDDEN = new Set(['name', 'length', 'prototype', 'caller', 'arguments']);

function memberOf(ts: typeof TS, sourceFile: TS.SourceFile, statement: TS.Statement, className: string): Member | undefined {
  if (!ts.isExpressionStatement(statement)) return undefined;
  const assignment = statement.expression;
  if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const fn = assignment.right;
  if (!ts.isFunctionExpression(fn)) return undefined;
  const target = assignment.left;
  let owner: TS.Expression;
  let name: string;
  if (ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.name)) {
    owner = target.expression;
    name = target.name.text;
  } else if (ts.isElementAccessExpression(target) && ts.isStringLiteral(target.argumentExpression)) {
    owner = target.expression;
    name = target.argumentExpression.getText(sourceFile);
  } else return undefined;
  const isClassName = (node: TS.Expression): boolean => ts.isIdentifier(node) && node.text === className;
  if (isClassName(owner)) {
    if (STATIC_FORBIDDEN.has(name.replace(/^['"]|['"]$/g, ''))) return undefined;
    return { statement, target, isStatic: true, name, fn };
  }
  if (ts.isPropertyAccessExpression(owner) && owner.name.text === 'prototype' && isClassName(owner.expression)) {
    if (name.replace(/^['"]|['"]$/g, '') === 'constructor') return undefined;
    return { statement, target, isStatic: false, name, fn };
  }
  return undefined;
}

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

/** `(params): Type {body}` of a function, from its open parenthesis. */
function signatureAndBody(ts: typeof TS, sourceFile: TS.SourceFile, text: string, fn: TS.FunctionLikeDeclaration): string {
  const open = fn.getChildren(sourceFile).find((child) => child.kind === ts.SyntaxKind.OpenParenToken)!;
  return text.slice(open.getStart(sourceFile), fn.body!.getStart(sourceFile)).trimEnd() + ' ' + fn.body!.getText(sourceFile);
}

/** Why other mentions of the constructor forbid the change, or undefined. */
function usageProblem(ts: typeof TS, sourceFile: TS.SourceFile, decl: TS.FunctionDeclaration, members: readonly Member[]): string | undefined {
  const name = decl.name!.text;
  const own = new Set<TS.Node>(members.map((member) => member.target));
  let problem: string | undefined;
  const visit = (node: TS.Node): void => {
    if (problem || own.has(node)) return;
    if (ts.isIdentifier(node) && node.text === name && node !== decl.name) {
      const parent = node.parent;
      if (node.getStart(sourceFile) < decl.getStart(sourceFile)) problem = `\`${name}\` is used before its declaration (classes are not hoisted)`;
      else if (ts.isCallExpression(parent) && parent.expression === node) problem = `\`${name}\` is called without new (classes throw)`;
      else if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        problem = `\`${name}\` is reassigned (methods would still see the class through its own inner binding)`;
      }
      else if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
        const property = parent.name.text;
        if (['call', 'apply', 'bind'].includes(property)) problem = `\`${name}.${property}\` is used (classes cannot be called)`;
        else if (property === 'prototype') {
          const outer = parent.parent;
          if (ts.isBinaryExpression(outer) && outer.left === parent && outer.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
            problem = `\`${name}.prototype\` is replaced`;
          } else if (!(ts.isPropertyAccessExpression(outer) || ts.isElementAccessExpression(outer)) || outer.expression !== parent) {
            problem = `\`${name}.prototype\` is passed around (methods become non-enumerable)`;
          }
        }
      } else if (ts.isCallExpression(parent) && parent.arguments.includes(node)) {
        const callee = parent.expression.getText(sourceFile);
        if (/inherits|setPrototypeOf|extend|mixin/i.test(callee)) problem = `\`${name}\` takes part in inheritance (\`${callee}\`)`;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return problem;
}

function convert(ctx: FileContext, statements: readonly TS.Statement[], index: number, declared: ReadonlySet<string>): number {
  const { ts, sourceFile, text } = ctx;
  const decl = statements[index] as TS.FunctionDeclaration;
  const name = decl.name!.text;
  const members: Member[] = [];
  for (let i = index + 1; i < statements.length; i++) {
    const member = memberOf(ts, sourceFile, statements[i]!, name);
    if (!member) break;
    members.push(member);
  }
  const refuse = (why: string): number => {
    ctx.warn(`constructor \`${name}\` left alone: ${why}`, decl);
    return 0;
  };
  if (!members.some((member) => !member.isStatic)) {
    // Prototype methods further down (typically after util.inherits) make it a refused candidate.
    const later = statements.slice(index + 1).some((statement) => {
      const member = memberOf(ts, sourceFile, statement, name);
      return member !== undefined && !member.isStatic;
    });
    if (!later) return 0;
    return refuse(usageProblem(ts, sourceFile, decl, []) ?? 'its prototype methods do not directly follow it');
  }
  if (/\.[cm]?tsx?$/.test(ctx.path)) return refuse('TypeScript classes need property declarations; convert by hand');
  if (decl.asteriskToken || decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return refuse('async or generator function');
  if (ts.isSourceFile(decl.parent) && !isModuleFile(ts, sourceFile) && !/\brequire\s*\(|\bmodule\.exports\b|\bexports\./.test(text)) {
    return refuse('in a browser script a top-level function is a property of the global object; a class is not');
  }
  const usage = usageProblem(ts, sourceFile, decl, members);
  if (usage) return refuse(usage);
  if (/\bfor\s*\([^;)]*\bin\b/.test(text)) return refuse('the file has for...in loops, and class methods are not enumerable');
  const functions: TS.FunctionLikeDeclaration[] = [decl, ...members.map((member) => member.fn)];
  if (!isStrictAt(ts, sourceFile, decl)) {
    for (const fn of functions) {
      const problem = sloppyDependency(ts, fn, declared);
      if (problem) return refuse(`class bodies are strict mode, and ${fn === decl ? 'the constructor' : 'a method'} ${problem}`);
    }
  }
  for (const member of members) {
    const fn = member.fn;
    if (fn.name && sloppyNameUsed(ts, fn)) return refuse(`method \`${member.name}\` refers to its own function name`);
    const outside = text.slice(member.statement.getStart(sourceFile), fn.getStart(sourceFile)) + text.slice(fn.getEnd(), member.statement.getEnd());
    if (/\/[/*]/.test(outside)) return refuse(`a comment inside the assignment of \`${member.name}\``);
  }
  if (functions.some((fn) => hasMultilineLiteral(ts, fn, sourceFile))) return refuse('a multi-line string or template would change when re-indented');

  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = lineIndent(text, decl.getStart(sourceFile));
  const firstInner = decl.body!.statements[0];
  const unit = firstInner ? lineIndent(text, firstInner.getStart(sourceFile)).slice(indent.length) || '  ' : '  ';
  const inner = indent + unit;
  const parts: string[] = [];
  const functionKeyword = decl.getChildren(sourceFile).find((child) => child.kind === ts.SyntaxKind.FunctionKeyword)!;
  const prefix = text.slice(decl.getStart(sourceFile), functionKeyword.getStart(sourceFile));
  const emptyConstructor = decl.parameters.length === 0 && decl.body!.statements.length === 0 && !/\/[/*]/.test(decl.body!.getText(sourceFile));
  if (!emptyConstructor) parts.push(`${inner}constructor${reindent(signatureAndBody(ts, sourceFile, text, decl), indent, inner)}`);
  for (const member of members) {
    const comments = (ts.getLeadingCommentRanges(text, member.statement.pos) ?? [])
      .map((range) => `${inner}${reindent(text.slice(range.pos, range.end), lineIndent(text, range.pos), inner)}${newline}`)
      .join('');
    const fn = member.fn;
    const keywords = `${member.isStatic ? 'static ' : ''}${fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async ' : ''}${fn.asteriskToken ? '*' : ''}`;
    // The function may start on a continuation line (`Foo.prototype.m =\n  function () {`).
    const from = lineIndent(text, fn.getStart(sourceFile));
    parts.push(`${comments}${inner}${keywords}${member.name}${reindent(signatureAndBody(ts, sourceFile, text, fn), from, inner)}`);
  }
  const last = members[members.length - 1]!.statement;
  ctx.edits.replaceRange(decl.getStart(sourceFile), last.getEnd(), `${prefix}class ${name} {${newline}${parts.join(newline + newline)}${newline}${indent}}`);
  ctx.stat('class');
  return members.length;
}

function sloppyNameUsed(ts: typeof TS, fn: TS.FunctionExpression): boolean {
  const name = fn.name!.text;
  let used = false;
  const visit = (node: TS.Node): void => {
    if (used) return;
    if (ts.isIdentifier(node) && node.text === name) used = true;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return used;
}

export const pass = definePass({
  id: 'class',
  title: 'Prototype constructors to classes',
  description:
    'Rewrites `function Foo() {...}` followed directly by `Foo.prototype.m = function () {...}` and ' +
    '`Foo.s = function () {...}` statements to `class Foo { constructor() {...} m() {...} static s() {...} }`. ' +
    'Refused with a warning: calls without new, Foo.call/apply/bind, inheritance helpers, a replaced or passed-around ' +
    'prototype, uses before the declaration (classes are not hoisted), for...in in the file (methods become ' +
    'non-enumerable), browser-script top level (no global property), TypeScript files, and sloppy-mode code that ' +
    'strict class bodies would change (with, arguments.callee, octal literals, implicit globals, block functions).',
  needs: 'syntax',
  match: ['.prototype.'],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    let declared: Set<string> | undefined;
    // Functions inside a converted class are already part of its replacement text.
    const converted: Array<{ start: number; end: number }> = [];
    const scan = (statements: readonly TS.Statement[]): void => {
      for (let i = 0; i < statements.length; i++) {
        const statement = statements[i]!;
        if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
          declared ??= declaredNames(ts, sourceFile);
          const consumed = convert(ctx, statements, i, declared);
          if (consumed > 0) converted.push({ start: statement.pos, end: statements[i + consumed]!.getEnd() });
          i += consumed;
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
