import type { ts } from 'ts-morph';
import { isNameUse } from '../commonjs-to-esm/names.js';
import { rewriteBuffer } from '../node-deprecations/rewrite-buffer.js';
import { argsText, defineNodePass, type NodeRuleContext } from '../shared/node/define.js';

const CODES = ['DEP0005', 'DEP0030', 'BUFFER_ATOB'];

/** Node's `Buffer` as `expr` names it: the global, `require('buffer').Buffer`, or a binding of it. */
function isBuffer(rule: NodeRuleContext, expr: ts.Expression): boolean {
  const api = rule.scope.resolve(expr);
  return api?.module === 'buffer' && api.path.length === 1 && api.path[0] === 'Buffer';
}

/** DEP0030: `new SlowBuffer(n)` / `SlowBuffer(n)` → `Buffer.allocUnsafeSlow(n)` (the same uninitialised memory). */
function visitSlowBuffer(node: ts.CallExpression | ts.NewExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope } = rule;
  const api = scope.resolve(node.expression);
  if (api?.module !== 'buffer' || api.path.join('.') !== 'SlowBuffer') return false;
  const args = node.arguments ?? [];
  if (args.length !== 1 || ctx.ts.isSpreadElement(args[0]!) || !scope.isGlobal('Buffer')) {
    ctx.warn('SlowBuffer is deprecated (DEP0030): use Buffer.allocUnsafeSlow(size)', node);
    return false;
  }
  if (!scope.replace(node, `Buffer.allocUnsafeSlow(${argsText(ctx, node)})`)) return false;
  ctx.stat('DEP0030');
  return true;
}

/** `buffer.atob(x)` / `buffer.btoa(x)` → the globals of the same name (Node 16+, and browsers). */
function visitAtob(node: ts.Node, rule: NodeRuleContext): void {
  const { ctx, scope } = rule;
  const t = ctx.ts;
  if (!t.isIdentifier(node) && !t.isPropertyAccessExpression(node)) return;
  if (t.isIdentifier(node) && !isNameUse(t, node)) return; // `x.atob` names a property, not the binding
  const api = scope.resolve(node);
  const name = api?.path[0];
  if (api?.module !== 'buffer' || api.path.length !== 1 || (name !== 'atob' && name !== 'btoa')) return;
  if (t.isPropertyAccessExpression(node.parent) && node.parent.expression === node) return;
  const binding = t.isIdentifier(node) ? scope.bindings.get(node.text) : undefined;
  if (binding?.declaration && binding.declaration.getStart(ctx.sourceFile) <= node.getStart(ctx.sourceFile) && node.getEnd() <= binding.declaration.getEnd()) return;
  // A global of that name must be what the new text reaches: no local atob, no other meaning.
  const local = t.isIdentifier(node) && node.text === name;
  if (!local && !scope.isGlobal(name)) {
    ctx.warn(`buffer.${name} is legacy: use the global ${name}() (this file declares its own ${name}, so it is left alone)`, node);
    return;
  }
  if (local) scope.forget(name);
  else if (!scope.replace(node, name)) return;
  ctx.stat('BUFFER_ATOB');
}

export const pass = defineNodePass({
  id: 'node-buffer',
  title: 'Migrate deprecated node:buffer APIs',
  description:
    'Rewrites new Buffer(x) / Buffer(x) (DEP0005) to Buffer.alloc(size) or Buffer.from(data) when the argument is a literal that says which, ' +
    'SlowBuffer (DEP0030) to Buffer.allocUnsafeSlow, and buffer.atob/btoa to the globals. A Buffer() call whose argument could be a size or ' +
    'data is left with a warning. A Buffer the file declares itself is never touched.',
  codes: CODES,
  match: ['Buffer', 'atob', 'btoa'],
  visitNode(node, rule) {
    const t = rule.ctx.ts;
    if (rule.enabled.has('BUFFER_ATOB')) visitAtob(node, rule);
    if (!t.isCallExpression(node) && !t.isNewExpression(node)) return false;
    if (rule.enabled.has('DEP0030') && visitSlowBuffer(node, rule)) return true;
    if (!rule.enabled.has('DEP0005')) return false;
    return rewriteBuffer(rule.ctx, node, (callee) => isBuffer(rule, callee));
  },
});

export default pass;
