import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';
import { indexNames } from '../commonjs-to-esm/names.js';
import { coreBindings, memberAt, type CoreBinding } from './bindings.js';
import { ALL_CODES, UTIL_PREDICATES, WARN_ONLY } from './rules.js';

type TS = typeof ts;

// A type alias, not an interface: it must fit OptionValues (string index) to join builtinPasses.
export type NodeDeprecationsOptions = {
  codes: string[];
};

/** Expressions that can stand as an operand of `typeof`, `===` or a call without parentheses. */
function isTight(t: TS, node: ts.Expression): boolean {
  return (
    t.isIdentifier(node) ||
    t.isPropertyAccessExpression(node) ||
    t.isElementAccessExpression(node) ||
    t.isCallExpression(node) ||
    t.isParenthesizedExpression(node) ||
    t.isLiteralExpression(node) ||
    t.isArrayLiteralExpression(node) ||
    t.isObjectLiteralExpression(node) ||
    node.kind === t.SyntaxKind.ThisKeyword ||
    node.kind === t.SyntaxKind.NullKeyword
  );
}

/** Reading it twice is the same as reading it once: names, `this`, and plain property chains. */
function isRepeatable(t: TS, node: ts.Expression): boolean {
  if (t.isIdentifier(node) || node.kind === t.SyntaxKind.ThisKeyword) return true;
  if (t.isParenthesizedExpression(node)) return isRepeatable(t, node.expression);
  return t.isPropertyAccessExpression(node) && !node.questionDotToken && isRepeatable(t, node.expression);
}

/** Whether a replacement of this shape may sit where `call` is without parentheses. */
function fitsWithoutParens(t: TS, call: ts.Expression, shape: 'comparison' | 'logical'): boolean {
  const parent = call.parent;
  if (
    t.isParenthesizedExpression(parent) ||
    t.isExpressionStatement(parent) ||
    t.isReturnStatement(parent) ||
    t.isIfStatement(parent) ||
    t.isWhileStatement(parent) ||
    t.isDoStatement(parent) ||
    t.isArrayLiteralExpression(parent) ||
    (t.isVariableDeclaration(parent) && parent.initializer === call) ||
    (t.isPropertyAssignment(parent) && parent.initializer === call) ||
    (t.isArrowFunction(parent) && parent.body === call) ||
    ((t.isCallExpression(parent) || t.isNewExpression(parent)) && parent.arguments?.includes(call)) ||
    (t.isConditionalExpression(parent) && parent.condition !== call) ||
    (t.isBinaryExpression(parent) && parent.right === call && parent.operatorToken.kind === t.SyntaxKind.EqualsToken)
  ) {
    return true;
  }
  if (shape === 'logical') return false;
  if (t.isConditionalExpression(parent)) return true;
  if (!t.isBinaryExpression(parent)) return false;
  const op = parent.operatorToken.kind;
  return op === t.SyntaxKind.AmpersandAmpersandToken || op === t.SyntaxKind.BarBarToken || op === t.SyntaxKind.QuestionQuestionToken;
}

function checkCall(
  ctx: FileContext<NodeDeprecationsOptions>,
  call: ts.CallExpression,
  bindings: ReadonlyMap<string, CoreBinding>,
  enabled: ReadonlySet<string>,
  { bufferIsGlobal }: { bufferIsGlobal: boolean },
): void {
  const t = ctx.ts;
  const sf = ctx.sourceFile;
  const target = memberAt(t, call.expression, bindings);
  if (!target) return;
  const key = `${target.module}.${target.member}`;
  const warnOnly = WARN_ONLY[key];
  if (warnOnly) {
    if (enabled.has(warnOnly.code)) ctx.warn(warnOnly.message, call);
    return;
  }
  if (target.module !== 'util') return;
  const rule = UTIL_PREDICATES[target.member];
  if (!rule || !enabled.has(rule.code)) return;
  const arg = call.arguments[0];
  if (call.arguments.length !== 1 || !arg || t.isSpreadElement(arg)) {
    ctx.warn(`util.${target.member} (${rule.code}) with ${call.arguments.length} arguments left alone`, call);
    return;
  }
  if (rule.uses === 2 && !isRepeatable(t, arg)) {
    ctx.warn(`util.${target.member} (${rule.code}) left alone: its argument would be evaluated twice`, call);
    return;
  }
  const argText = isTight(t, arg) ? arg.getText(sf) : `(${arg.getText(sf)})`;
  // util.types.* needs the module object; a destructured predicate has none in scope.
  const utilName = t.isPropertyAccessExpression(call.expression) ? call.expression.expression.getText(sf) : undefined;
  if (/util\.types/.test(rule.render('x', 'util')) && !utilName) {
    ctx.warn(`${target.member} (${rule.code}) left alone: use util.types.${target.member} from the util module`, call);
    return;
  }
  if (target.member === 'isBuffer' && !bufferIsGlobal) {
    ctx.warn(`util.isBuffer (${rule.code}) left alone: this file declares its own Buffer`, call);
    return;
  }
  const replacement = rule.render(argText, utilName ?? 'util');
  const shape = /^(Array\.isArray|Buffer\.isBuffer|\w+\.types\.)/.test(replacement) ? undefined : / (&&|\|\|) /.test(replacement) ? 'logical' : 'comparison';
  const fits = shape === undefined || fitsWithoutParens(t, call, shape);
  ctx.edits.replace(call, fits ? replacement : `(${replacement})`);
  ctx.stat(rule.code);
}

/** DEP0005: `new Buffer(x)` / `Buffer(x)` to `Buffer.alloc` / `Buffer.from` when the argument says which. */
function checkBuffer(ctx: FileContext<NodeDeprecationsOptions>, node: ts.CallExpression | ts.NewExpression, trusted: (name: string) => boolean): void {
  const t = ctx.ts;
  const callee = node.expression;
  if (!t.isIdentifier(callee) || !trusted(callee.text)) return;
  const args = node.arguments ?? [];
  const [first, second] = args;
  const stringLike = (arg: ts.Expression | undefined): boolean =>
    !!arg && (t.isStringLiteral(arg) || t.isNoSubstitutionTemplateLiteral(arg) || t.isTemplateExpression(arg));
  let method: 'alloc' | 'from' | undefined;
  if (args.length === 1 && first && t.isNumericLiteral(first)) method = 'alloc';
  else if (args.length === 1 && first && (stringLike(first) || t.isArrayLiteralExpression(first))) method = 'from';
  else if (args.length === 2 && stringLike(first) && second && t.isStringLiteral(second)) method = 'from';
  if (!method) {
    ctx.warn('Buffer() is deprecated (DEP0005); the argument could be a size or data, so it is left alone: use Buffer.alloc(size) or Buffer.from(data)', node);
    return;
  }
  const argsText = args.map((arg) => arg.getText(ctx.sourceFile)).join(', ');
  ctx.edits.replace(node, `${callee.text}.${method}(${argsText})`);
  ctx.stat('DEP0005');
}

export const pass = definePass<NodeDeprecationsOptions>({
  id: 'node-deprecations',
  title: 'Replace deprecated Node.js APIs',
  description:
    'Rewrites deprecated Node.js core APIs by DEP code: new Buffer()/Buffer() to Buffer.alloc/from (DEP0005), ' +
    "os.tmpDir() to os.tmpdir() (DEP0022), require('sys') to require('util') (DEP0025), util.isArray and the " +
    'util.is* predicates to plain expressions (DEP0044-DEP0058). Only names bound to the real core module are ' +
    'touched. Warns, without rewriting, on crypto.createCipher/createDecipher (DEP0106), util.isError (DEP0048), ' +
    'OutgoingMessage._headers (DEP0066) and Buffer() calls whose argument type is unknown.',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: ['Buffer', 'util', 'os', 'crypto', 'sys', '_headers'],
  options: {
    codes: {
      type: 'string[]',
      choices: ALL_CODES,
      default: ALL_CODES,
      description: 'The DEP codes to handle (default: all this pass knows)',
    },
  },
  visit(ctx) {
    const t = ctx.ts;
    const sf = ctx.sourceFile;
    const enabled = new Set(ctx.options.codes);
    const names = indexNames(t, sf);
    const declaredCount = new Map([...names.declared].map(([name, list]) => [name, list.length] as const));
    const bindings = coreBindings(t, sf, declaredCount, names.written);
    // The global Buffer, unless the file declares its own; or a name bound to require('buffer').Buffer.
    const trustedBuffer = (name: string): boolean => {
      const binding = bindings.get(name);
      if (binding) return binding.kind === 'member' && binding.module === 'buffer' && binding.member === 'Buffer';
      return name === 'Buffer' && !names.declared.has('Buffer');
    };
    const visit = (node: ts.Node): void => {
      if (t.isCallExpression(node)) {
        checkCall(ctx, node, bindings, enabled, { bufferIsGlobal: !names.declared.has('Buffer') });
        if (enabled.has('DEP0005')) checkBuffer(ctx, node, trustedBuffer);
        if (enabled.has('DEP0025')) checkSys(t, ctx, node.expression, node.arguments[0], { requireShadowed: names.declared.has('require') });
      } else if (t.isNewExpression(node) && enabled.has('DEP0005')) {
        checkBuffer(ctx, node, trustedBuffer);
      } else if (t.isImportDeclaration(node) && enabled.has('DEP0025') && t.isStringLiteral(node.moduleSpecifier)) {
        if (node.moduleSpecifier.text === 'sys') ctx.edits.replace(node.moduleSpecifier, quoteLike(node.moduleSpecifier, sf, 'util'));
      } else if (t.isPropertyAccessExpression(node) && t.isIdentifier(node.name)) {
        const target = memberAt(t, node, bindings);
        if (target?.module === 'os' && target.member === 'tmpDir' && enabled.has('DEP0022')) {
          ctx.edits.replace(node.name, 'tmpdir');
          ctx.stat('DEP0022');
        }
        if (node.name.text === '_headers' && enabled.has('DEP0066') && !isWritten(t, node)) {
          ctx.warn('OutgoingMessage.prototype._headers is deprecated (DEP0066): if this is an HTTP response or request, use getHeaders()', node);
        }
      }
      t.forEachChild(node, visit);
    };
    visit(sf);
  },
});

function quoteLike(literal: ts.StringLiteral, sf: ts.SourceFile, text: string): string {
  const quote = literal.getText(sf)[0] === '"' ? '"' : "'";
  return `${quote}${text}${quote}`;
}

/** DEP0025: `require('sys')` is `require('util')` under an old name. */
function checkSys(t: TS, ctx: FileContext<NodeDeprecationsOptions>, callee: ts.Expression, arg: ts.Expression | undefined, { requireShadowed }: { requireShadowed: boolean }): void {
  if (requireShadowed || !t.isIdentifier(callee) || callee.text !== 'require' || !arg || !t.isStringLiteral(arg)) return;
  if (arg.text !== 'sys') return;
  ctx.edits.replace(arg, quoteLike(arg, ctx.sourceFile, 'util'));
  ctx.stat('DEP0025');
}

function isWritten(t: TS, node: ts.Expression): boolean {
  const parent = node.parent;
  return t.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === t.SyntaxKind.EqualsToken;
}

export default pass;
