import type { ts } from 'ts-morph';
import { isTight, rewriteUtilPredicate } from '../node-deprecations/rewrite-util.js';
import { UTIL_PREDICATES } from '../node-deprecations/rules.js';
import { defineNodePass, type NodeRuleContext } from '../shared/node/define.js';
import { isStringSyntax } from '../shared/node/strings.js';
import { lookup } from '../shared/node/deprecations.js';

const PREDICATE_CODES = [...new Set(Object.values(UTIL_PREDICATES).map((rule) => rule.code))];
const CODES = ['DEP0025', ...PREDICATE_CODES, 'DEP0026', 'DEP0027', 'DEP0028', 'DEP0029', 'DEP0048', 'DEP0059', 'DEP0060'].sort();

/** The old util printers: code, the stream-writing call that replaces a one-argument call, and how. */
const PRINTERS: Readonly<Record<string, { code: string; render: (arg: string) => string }>> = {
  // util.print wrote String(arg) to stdout, no newline.
  print: { code: 'DEP0026', render: (arg) => `process.stdout.write(${arg})` },
  // util.puts wrote String(arg) + '\n' to stdout; console.log of one string does exactly that.
  puts: { code: 'DEP0027', render: (arg) => `console.log(${arg})` },
  // util.debug wrote 'DEBUG: ' + arg + '\n' to stderr: the same `+`, so the argument goes in as it is.
  debug: { code: 'DEP0028', render: (arg) => `console.error('DEBUG: ' + ${arg})` },
  // util.error wrote String(arg) + '\n' to stderr.
  error: { code: 'DEP0029', render: (arg) => `console.error(${arg})` },
};

/**
 * The argument as the old printer turned it into text: `String(x)` unless it is a string already,
 * or, as the right operand of `'DEBUG: ' + …`, the expression itself (parenthesised unless tight).
 */
function stringText(rule: NodeRuleContext, arg: ts.Expression, { operand }: { operand: boolean }): string {
  const t = rule.ctx.ts;
  const text = arg.getText(rule.ctx.sourceFile);
  if (operand) return isTight(t, arg) || t.isTemplateExpression(arg) ? text : `(${text})`;
  return isStringSyntax(t, arg) ? text : `String(${text})`;
}

function visitCall(call: ts.CallExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope, enabled } = rule;
  const t = ctx.ts;
  const api = scope.resolve(call.expression);
  if (api?.module !== 'util' || api.path.length !== 1) return false;
  const member = api.path[0]!;
  if (lookup(UTIL_PREDICATES, member)) {
    return rewriteUtilPredicate(ctx, call, member, enabled, { bufferIsGlobal: scope.isGlobal('Buffer') });
  }
  if (member === 'isError' && enabled.has('DEP0048')) {
    ctx.warn('util.isError is deprecated (DEP0048); util.types.isNativeError misses Error subclasses from other realms, `instanceof Error` misses cross-realm errors: pick one', call);
  }
  if (member === 'log' && enabled.has('DEP0059')) {
    ctx.warn('util.log is deprecated (DEP0059): it prefixes a timestamp no core API prints; use console.log (with your own timestamp) or a logger', call);
  }
  const printer = lookup(PRINTERS, member);
  if (printer && enabled.has(printer.code)) {
    const [arg] = call.arguments;
    const printerName = member === 'print' ? 'process' : 'console';
    if (call.arguments.length !== 1 || !arg || t.isSpreadElement(arg) || !scope.isGlobal(printerName)) {
      ctx.warn(`util.${member} is deprecated (${printer.code}); only a call with one argument is rewritten (use ${printer.render('…')})`, call);
      return false;
    }
    if (!scope.replace(call, printer.render(stringText(rule, arg, { operand: member === 'debug' })))) return false;
    ctx.stat(printer.code);
    return true;
  }
  if (member === '_extend' && enabled.has('DEP0060')) {
    if (call.arguments.length !== 2 || call.arguments.some((arg) => t.isSpreadElement(arg)) || !scope.isGlobal('Object')) {
      ctx.warn('util._extend is deprecated (DEP0060): use Object.assign(target, source)', call);
      return false;
    }
    if (scope.replace(call.expression, 'Object.assign')) ctx.stat('DEP0060');
    return false; // only the callee changed: nested calls in the arguments still get their turn
  }
  return false;
}

/** DEP0025: `require('sys')` / `import … from 'sys'` load util under its old name. */
function visitSys(node: ts.Node, rule: NodeRuleContext): void {
  const { ctx, scope } = rule;
  const t = ctx.ts;
  let literal: ts.Expression | undefined;
  if (t.isImportDeclaration(node) || t.isExportDeclaration(node)) literal = node.moduleSpecifier;
  else if (t.isCallExpression(node) && t.isIdentifier(node.expression) && node.expression.text === 'require' && scope.isGlobal('require')) literal = node.arguments[0];
  else if (t.isCallExpression(node) && node.expression.kind === t.SyntaxKind.ImportKeyword) literal = node.arguments[0];
  if (!literal || !t.isStringLiteral(literal) || (literal.text !== 'sys' && literal.text !== 'node:sys')) return;
  const quote = literal.getText(ctx.sourceFile)[0] ?? "'";
  ctx.edits.replace(literal, `${quote}${literal.text === 'sys' ? 'util' : 'node:util'}${quote}`);
  ctx.stat('DEP0025');
}

export const pass = defineNodePass({
  id: 'node-util',
  title: 'Migrate deprecated node:util APIs',
  description:
    "Rewrites deprecated util APIs: the util.is* predicates (DEP0044-DEP0058) to plain expressions or util.types, util.print/puts/debug/error " +
    "(DEP0026-DEP0029) to process.stdout.write/console.log/console.error, util._extend (DEP0060) to Object.assign, and require('sys') (DEP0025) " +
    'to util. Only names bound to the real util module are touched; imports the rewrite leaves unused are removed. Warns on util.isError (DEP0048) ' +
    'and util.log (DEP0059), and on calls whose shape has no exact replacement.',
  codes: CODES,
  match: ['util', 'sys'],
  visitNode(node, rule) {
    if (rule.enabled.has('DEP0025')) visitSys(node, rule);
    return rule.ctx.ts.isCallExpression(node) ? visitCall(node, rule) : false;
  },
});

export default pass;
