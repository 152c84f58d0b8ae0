import type { ts } from 'ts-morph';
import { defineNodePass, type NodeRuleContext } from '../shared/node/define.js';
import { lookup } from '../shared/node/deprecations.js';

const CODES = ['DEP0034', 'DEP0081', 'DEP0147', 'DEP0176'];
const ACCESS_MODES: ReadonlySet<string> = new Set(['F_OK', 'R_OK', 'W_OK', 'X_OK']);
const RM: Readonly<Record<string, string>> = { rmdir: 'rm', rmdirSync: 'rmSync' };

function propertyNamed(t: typeof ts, object: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return object.properties.find((property) => property.name && (t.isIdentifier(property.name) || t.isStringLiteral(property.name)) && property.name.text === name);
}

/**
 * DEP0147: `fs.rmdir(path, { recursive: true })` (callback, sync and promises styles) →
 * `fs.rm(path, { recursive: true, force: true })`; `force` keeps the old "no error when missing".
 */
function visitRmdir(call: ts.CallExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope } = rule;
  const t = ctx.ts;
  const api = scope.resolve(call.expression);
  if (api?.module !== 'fs') return false;
  const method = api.path.at(-1)!;
  const promises = api.path.length === 2 && api.path[0] === 'promises' && method === 'rmdir';
  if (!(api.path.length === 1 && lookup(RM, method)) && !promises) return false;
  const options = call.arguments[1];
  if (!options) return false; // plain rmdir of an empty directory: not deprecated
  if (!t.isObjectLiteralExpression(options)) {
    ctx.warn(`fs.${method} with options it cannot read: if they set recursive, use fs.${lookup(RM, method)}(path, { recursive: true, force: true }) (DEP0147)`, call);
    return false;
  }
  const recursive = propertyNamed(t, options, 'recursive');
  if (!recursive) return false;
  const value = t.isPropertyAssignment(recursive) ? recursive.initializer : undefined;
  if (value?.kind === t.SyntaxKind.FalseKeyword) return false;
  if (value?.kind !== t.SyntaxKind.TrueKeyword || options.properties.some((property) => !t.isPropertyAssignment(property))) {
    ctx.warn(`fs.${method}(path, { recursive }) is deprecated (DEP0147): use fs.${lookup(RM, method)}(path, { recursive: true, force: true })`, call);
    return false;
  }
  if (!t.isPropertyAccessExpression(call.expression)) {
    ctx.warn(`${method}(path, { recursive: true }) is deprecated (DEP0147): import ${lookup(RM, method)} from fs and call it with { recursive: true, force: true }`, call);
    return false;
  }
  const force = propertyNamed(t, options, 'force');
  if (!scope.replace(call.expression.name, lookup(RM, method)!)) return false;
  if (!force) {
    const last = options.properties[options.properties.length - 1]!;
    ctx.edits.insertAfter(last, ', force: true');
  }
  ctx.stat('DEP0147');
  return false; // the path argument may hold more to migrate
}

/** DEP0176: `fs.F_OK` → `fs.constants.F_OK` (and R_OK, W_OK, X_OK). */
function visitAccessMode(node: ts.Node, rule: NodeRuleContext): void {
  const { ctx, scope } = rule;
  const t = ctx.ts;
  if (t.isPropertyAccessExpression(node) && ACCESS_MODES.has(node.name.text)) {
    const api = scope.resolve(node);
    if (api?.module !== 'fs' || api.path.length !== 1) return;
    if (scope.replace(node.name, `constants.${node.name.text}`)) ctx.stat('DEP0176');
    return;
  }
  if ((t.isBindingElement(node) || t.isImportSpecifier(node)) && t.isIdentifier(node.name)) {
    const binding = scope.bindings.get(node.name.text);
    if (binding?.kind === 'member' && binding.module === 'fs' && ACCESS_MODES.has(binding.member) && binding.declaration === node) {
      ctx.warn(`fs.${binding.member} is deprecated (DEP0176): take it from fs.constants`, node);
    }
  }
}

function visitCall(call: ts.CallExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope, enabled } = rule;
  if (enabled.has('DEP0147') && visitRmdir(call, rule)) return true;
  const api = scope.resolve(call.expression);
  if (api?.module !== 'fs' || api.path.length !== 1) return false;
  const [method] = api.path;
  if (method === 'exists' && enabled.has('DEP0034')) {
    ctx.warn('fs.exists is deprecated (DEP0034): use fs.access(path, (err) => …) or fs.existsSync; its callback takes no error first', call);
  }
  if ((method === 'truncate' || method === 'truncateSync') && enabled.has('DEP0081')) {
    const first = call.arguments[0];
    const fdLike = first && ctx.ts.isIdentifier(first) && /^fd$|Fd$|^fd[A-Z_]|descriptor/i.test(first.text);
    if (fdLike || (first && ctx.ts.isNumericLiteral(first))) {
      ctx.warn(`fs.${method} with a file descriptor is deprecated (DEP0081): use fs.f${method}`, call);
    }
  }
  return false;
}

export const pass = defineNodePass({
  id: 'node-fs',
  title: 'Migrate deprecated node:fs APIs',
  description:
    'Rewrites fs.rmdir(path, { recursive: true }) (callback, sync and promises) to fs.rm(path, { recursive: true, force: true }) (DEP0147) ' +
    'and fs.F_OK/R_OK/W_OK/X_OK to fs.constants.* (DEP0176). Warns on fs.exists (DEP0034), fs.truncate with what looks like a file ' +
    'descriptor (DEP0081), a destructured rmdir or access-mode constant, and options it cannot read.',
  codes: CODES,
  match: ['rmdir', '_OK', 'exists', 'truncate'],
  visitNode(node, rule) {
    if (rule.enabled.has('DEP0176')) visitAccessMode(node, rule);
    return rule.ctx.ts.isCallExpression(node) ? visitCall(node, rule) : false;
  },
});

export default pass;
