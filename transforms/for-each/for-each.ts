import { definePass } from '../../src/core/pass.js';
import type { FileContext } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';
import { arrayEvidence, isAssigned, skipParens } from './array-evidence.js';
import { containsIdentifier } from '../shared/syntax.js';
import { mayBeReachedElsewhere, mayCallOut } from './reachability.js';

type Callback = TS.FunctionExpression | TS.ArrowFunction;

function isFunctionBoundary(ts: typeof TS, node: TS.Node): boolean {
  return ts.isFunctionLike(node) && !ts.isArrowFunction(node);
}

function isLoop(ts: typeof TS, node: TS.Node): boolean {
  return ts.isForStatement(node) || ts.isForInStatement(node) || ts.isForOfStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node);
}

/** Finds what in the callback body would behave differently as a loop body. */
function bodyProblem(ts: typeof TS, callback: Callback): string | undefined {
  let problem: string | undefined;
  const isArrow = ts.isArrowFunction(callback);
  const visit = (node: TS.Node, inLoop: boolean, inArrow: boolean): void => {
    if (problem) return;
    if (isFunctionBoundary(ts, node) || ts.isClassLike(node)) return;
    // Nested arrows share this/arguments with the callback but own their returns and vars.
    const nestedArrow = inArrow || ts.isArrowFunction(node);
    if (!isArrow && node.kind === ts.SyntaxKind.ThisKeyword) problem = 'the callback uses `this`';
    else if (!isArrow && ts.isIdentifier(node) && node.text === 'arguments') problem = 'the callback uses `arguments`';
    else if (nestedArrow) {
      // Only this/arguments matter inside a nested arrow.
    } else if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.BlockScoped) === 0) {
      problem = 'a `var` in the callback is per call; in a loop body it would be shared';
    } else if (ts.isReturnStatement(node)) {
      if (node.expression) problem = 'the callback returns a value';
      else if (inLoop) problem = 'a `return` inside a nested loop cannot become `continue`';
    } else if (ts.isFunctionDeclaration(node)) problem = 'a function declaration in the callback';
    else if (ts.isYieldExpression(node) || ts.isAwaitExpression(node)) problem = 'the callback contains yield or await';
    const nestedLoop = inLoop || isLoop(ts, node);
    ts.forEachChild(node, (child) => visit(child, nestedLoop, nestedArrow));
  };
  ts.forEachChild(callback.body, (child) => visit(child, false, false));
  return problem;
}

function returnsIn(ts: typeof TS, body: TS.Node): TS.ReturnStatement[] {
  const found: TS.ReturnStatement[] = [];
  const visit = (node: TS.Node): void => {
    if (isFunctionBoundary(ts, node) || ts.isArrowFunction(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

function boundNames(ts: typeof TS, name: TS.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : boundNames(ts, element.name)));
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

function convert(ctx: FileContext, statement: TS.ExpressionStatement, call: TS.CallExpression): void {
  const { ts, sourceFile, text } = ctx;
  const callee = call.expression as TS.PropertyAccessExpression;
  const callback = skipParens(ts, call.arguments[0]!) as Callback;
  const refuse = (why: string): void => ctx.warn(`forEach left alone: ${why}`, statement);
  if ((call.flags & ts.NodeFlags.OptionalChain) !== 0) return refuse('optional chain');
  if (callback.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return refuse('async callback (forEach does not wait for it)');
  if (ts.isFunctionExpression(callback) && callback.asteriskToken) return refuse('generator callback');
  const params = callback.parameters;
  if (params.length < 1 || params.length > 2) return refuse(`the callback takes ${params.length} parameters`);
  if (params.some((p) => p.initializer || p.dotDotDotToken || p.type)) return refuse('a parameter has a default, rest or type');
  if (params.length === 2 && !ts.isIdentifier(params[1]!.name)) return refuse('the index parameter is a pattern');
  if (ts.isFunctionExpression(callback) && callback.name) return refuse('the callback is a named function expression');
  const evidence = arrayEvidence(ts, sourceFile, callee.expression);
  if (evidence.kind === 'unknown') return refuse(`${evidence.why} (Map, Set and NodeList forEach differ)`);
  const receiverText = callee.expression.getText(sourceFile);
  const receiver = skipParens(ts, callee.expression);
  if (ts.isIdentifier(receiver) && callback.body.getText(sourceFile).match(new RegExp(`\\b${receiver.text}\\b`))) {
    return refuse(`the callback uses \`${receiver.text}\` itself (forEach stops at the original length)`);
  }
  if (ts.isIdentifier(receiver) && mayBeReachedElsewhere(ts, sourceFile, receiver.text) && mayCallOut(ts, callback.body)) {
    return refuse(`other code can reach \`${receiver.text}\`, and a function called from the callback could add elements (forEach stops at the original length)`);
  }
  // The loop binding is in its temporal dead zone while the receiver is evaluated.
  const bound = params.flatMap((p) => boundNames(ts, p.name));
  const clash = bound.find((name) => containsIdentifier(ts, callee.expression, name));
  if (clash) return refuse(`the receiver mentions \`${clash}\`, which the loop variable would shadow`);
  const problem = bodyProblem(ts, callback);
  if (problem) return refuse(problem);
  // Only the callback body may hold comments: the call's own punctuation must be plain.
  const head = text.slice(statement.getStart(sourceFile), callback.body.getStart(sourceFile));
  const tail = text.slice(callback.body.getEnd(), statement.getEnd());
  const receiverStart = callee.expression.getStart(sourceFile) - statement.getStart(sourceFile);
  if (/\/[/*]/.test(head.slice(receiverStart + receiverText.length)) || /\/[/*]/.test(tail)) return refuse('a comment in the call');
  const nameOf = (p: TS.ParameterDeclaration): string => p.name.getText(sourceFile);
  const reassigned = params.some((p) => ts.isIdentifier(p.name) && isAssigned(ts, callback.body, p.name.text));
  const keyword = reassigned ? 'let' : 'const';
  const headText = params.length === 2
    ? `for (${keyword} [${nameOf(params[1]!)}, ${nameOf(params[0]!)}] of ${receiverText}.entries()) `
    : `for (${keyword} ${nameOf(params[0]!)} of ${receiverText}) `;
  const indent = lineIndent(text, statement.getStart(sourceFile));
  if (!ts.isBlock(callback.body)) {
    const unit = /^\s*$/.test(indent) && indent.includes('\t') ? '\t' : '  ';
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    ctx.edits.replace(statement, `${headText}{${newline}${indent}${unit}${callback.body.getText(sourceFile)};${newline}${indent}}`);
    ctx.stat('for-each');
    return;
  }
  ctx.edits.replaceRange(statement.getStart(sourceFile), callback.body.getStart(sourceFile), headText);
  const body = callback.body;
  const last = body.statements[body.statements.length - 1];
  for (const ret of returnsIn(ts, body)) {
    if (ret === last) {
      // A trailing `return;` ends the callback anyway; drop its line.
      const lineStart = text.lastIndexOf('\n', ret.getStart(sourceFile) - 1) + 1;
      const lineEnd = text.indexOf('\n', ret.getEnd());
      const alone = /^[ \t]*$/.test(text.slice(lineStart, ret.getStart(sourceFile))) && lineEnd !== -1 && /^[ \t\r]*$/.test(text.slice(ret.getEnd(), lineEnd));
      if (alone) ctx.edits.replaceRange(lineStart, lineEnd + 1, '');
      else ctx.edits.replace(ret, '');
    } else {
      ctx.edits.replace(ret, 'continue;');
    }
  }
  ctx.edits.replaceRange(body.getEnd(), statement.getEnd(), '');
  ctx.stat('for-each');
}

export const pass = definePass({
  id: 'for-each',
  title: 'forEach calls to for...of loops',
  description:
    'Rewrites `arr.forEach(function (x) {...})` and arrow callbacks to `for (const x of arr) {...}`, and two-parameter ' +
    'callbacks to `for (const [i, x] of arr.entries())`; a bare `return;` becomes `continue;`. Only when the receiver is ' +
    'plainly a dense array made in the same file (array literal, Array.from, .map/.filter/.slice results, Object.keys, ' +
    'a parameter typed as an array); Map, Set and NodeList forEach differ and are left alone with a warning, as are ' +
    'callbacks that return a value, use this/arguments (function callbacks), declare var or functions, are async, ' +
    'use the array itself or call out while others can reach it (forEach ignores elements pushed during the loop), ' +
    'or take a thisArg.',
  needs: 'syntax',
  jsdoc: false,
  match: ['.forEach('],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    const visit = (node: TS.Node): void => {
      if (ts.isExpressionStatement(node)) {
        const call = skipParens(ts, node.expression);
        if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'forEach') {
          const callback = call.arguments[0] && skipParens(ts, call.arguments[0]);
          if (call.arguments.length === 2) ctx.warn('forEach left alone: it has a thisArg', node);
          else if (call.arguments.length === 1 && callback && (ts.isFunctionExpression(callback) || ts.isArrowFunction(callback))) {
            convert(ctx, node, call);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
