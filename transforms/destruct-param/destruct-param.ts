import { definePass } from '../../src/core/pass.js';
import type { FileContext } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';
import { hasUseStrictDirective, removeStatementLine } from '../shared/syntax.js';
import { directReads } from './direct-reads.js';

type Fn = TS.FunctionDeclaration | TS.FunctionExpression | TS.ArrowFunction | TS.MethodDeclaration | TS.ConstructorDeclaration;

/** `const local = param.key;` at the top of the body. */
interface Read {
  readonly statement: TS.VariableStatement;
  readonly local: string;
  readonly key: string;
  readonly reference: TS.Identifier;
}


function readOf(ts: typeof TS, statement: TS.Statement, param: string): Read | undefined {
  if (!ts.isVariableStatement(statement) || statement.modifiers?.length) return undefined;
  const [declaration, ...others] = statement.declarationList.declarations;
  if (!declaration || others.length > 0 || declaration.type || !ts.isIdentifier(declaration.name)) return undefined;
  const value = declaration.initializer;
  if (!value || !ts.isPropertyAccessExpression(value) || !ts.isIdentifier(value.expression) || value.expression.text !== param) return undefined;
  if (!ts.isIdentifier(value.name) || value.questionDotToken) return undefined;
  return { statement, local: declaration.name.text, key: value.name.text, reference: value.expression };
}

function references(ts: typeof TS, root: TS.Node, name: string): TS.Identifier[] {
  const found: TS.Identifier[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isIdentifier(node) && node.text === name) {
      const parent = node.parent;
      const isPropertyName = (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) || (ts.isMethodDeclaration(parent) && parent.name === node);
      if (!isPropertyName) found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}


/** `claimed`: read statements taken by earlier parameters; `bound`: the names their patterns bind (the tree does not show them yet). */
function convertParameter(ctx: FileContext, fn: Fn, body: TS.Block, parameter: TS.ParameterDeclaration, claimed: Set<TS.Statement>, bound: Set<string>): void {
  const { ts, sourceFile } = ctx;
  if (!ts.isIdentifier(parameter.name)) return;
  const name = parameter.name.text;
  const reads: Read[] = [];
  let prologue = true;
  for (const statement of body.statements) {
    if (prologue && ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) continue;
    prologue = false;
    if (claimed.has(statement)) continue;
    const read = readOf(ts, statement, name);
    if (!read) break;
    reads.push(read);
  }
  const refuse = (why: string): void => ctx.warn(`parameter \`${name}\` left alone: ${why}`, parameter);
  const direct = reads.length === 0 ? directReads(ts, fn, body, name) : undefined;
  if (direct?.kind === 'none') return;
  if (direct?.kind === 'refuse') return refuse(direct.why);
  const others = references(ts, fn, name).filter((id) => id !== parameter.name && !reads.some((read) => read.reference === id));
  if (!direct && others.length > 0) return refuse('it is used for more than the leading property reads');
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn)) && fn.asteriskToken) {
    return refuse('a generator destructures its parameters when called, but runs its body only on the first next()');
  }
  if (parameter.initializer || parameter.dotDotDotToken) return refuse('it has a default or is a rest parameter');
  if (parameter.questionToken) return refuse('it is optional: destructuring undefined throws, and no `= {}` is added silently');
  if (parameter.modifiers?.length) return refuse('it is a parameter property');
  if (fn.parameters.some((p) => p.initializer)) return refuse('another parameter has a default (evaluation order would change)');
  if (hasUseStrictDirective(ts, body.statements)) return refuse('a "use strict" directive is not allowed with a destructured parameter');
  if (!ts.isArrowFunction(fn) && references(ts, body, 'arguments').length > 0) {
    return refuse('the function reads `arguments`, which stops tracking parameters once one is destructured');
  }
  const paramNames = new Set(fn.parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : [])));
  for (const read of reads) {
    if (paramNames.has(read.local)) return refuse(`\`${read.local}\` is also a parameter name`);
    if (/\/[/*]/.test(read.statement.getText(sourceFile))) return refuse('a comment inside a property read');
    if ((read.statement.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) === 0 &&
      reads.some((other) => other !== read && other.local === read.local)) {
      return refuse(`\`${read.local}\` is declared twice`);
    }
  }
  const binds = direct?.kind === 'reads' ? direct.keys : reads.map((read) => read.local);
  const twice = binds.find((local) => bound.has(local));
  if (twice) return refuse(`\`${twice}\` is also bound by another destructured parameter`);
  if (direct?.kind === 'reads' && /\/[/*]/.test(direct.reads.map((read) => read.getText(sourceFile)).join(''))) return refuse('a comment inside a property read');
  const pattern = direct?.kind === 'reads'
    ? `{ ${direct.keys.join(', ')} }`
    : `{ ${reads.map((read) => (read.local === read.key ? read.key : `${read.key}: ${read.local}`)).join(', ')} }`;
  // `opts => {...}` has no parentheses; a pattern needs them.
  const bare = ts.isArrowFunction(fn) && !fn.getChildren(sourceFile).some((child) => child.kind === ts.SyntaxKind.OpenParenToken);
  ctx.edits.replace(parameter.name, bare ? `(${pattern})` : pattern);
  for (const read of reads) {
    claimed.add(read.statement);
    removeStatementLine(ctx, read.statement);
  }
  if (direct?.kind === 'reads') for (const read of direct.reads) ctx.edits.replace(read, read.name.text);
  for (const local of binds) bound.add(local);
  ctx.stat('destruct-param');
}

export const pass = definePass({
  id: 'destruct-param',
  title: 'Property reads to destructured parameters',
  description:
    'Rewrites `function f(opts) { const a = opts.a; const b = opts.b; ... }` to `function f({ a, b }) { ... }` (aliases ' +
    'become `{ a: x }`) when the parameter is used for nothing but those leading reads, and `function f(cfg) { use(cfg.a) }` ' +
    'to `function f({ a }) { use(a) }` when every `cfg.x` read is sure to run before any call or assignment. A missing argument throws ' +
    'a TypeError in both forms; no `= {}` default is added. Refused with a warning: other uses of the parameter, ' +
    'optional or defaulted parameters, other parameters with defaults, functions that read `arguments` or have a ' +
    '"use strict" directive, name clashes with other parameters, comments inside the reads.',
  needs: 'syntax',
  jsdoc: false,
  // `const a = opts.a` reads, or `opts.a` reads anywhere: any property access.
  match: [/\w\s*\.\s*[A-Za-z_$]/],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    const visit = (node: TS.Node): void => {
      if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) ||
        ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node)) && node.body && ts.isBlock(node.body)) {
        const claimed = new Set<TS.Statement>();
        const bound = new Set<string>();
        for (const parameter of node.parameters) convertParameter(ctx, node, node.body, parameter, claimed, bound);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
