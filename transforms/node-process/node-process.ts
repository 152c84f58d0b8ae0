import type { ts } from 'ts-morph';
import { defineNodePass, moduleAccess, type NodeRuleContext } from '../shared/node/define.js';

const CODES = ['DEP0100', 'DEP0111', 'DEP0138'];

/** DEP0100: `process.assert(x, msg)` → the assert module's default function, which it always was. */
function visitAssert(call: ts.CallExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope } = rule;
  const module = moduleAccess(rule, 'assert');
  // A namespace import (`import * as assert`) is not callable; its `ok` is the same function.
  const namespace = module !== undefined && ctx.ts.isNamespaceImport(scope.bindings.get(module)?.declaration ?? ctx.sourceFile);
  const access = namespace ? `${module}.ok` : module;
  if (!access) {
    ctx.warn("process.assert is deprecated (DEP0100): import assert from 'node:assert' and call assert(…)", call);
    return false;
  }
  if (scope.replace(call.expression, access)) ctx.stat('DEP0100');
  return false; // only the callee changed: the arguments still get their turn
}

function visitNode(node: ts.Node, rule: NodeRuleContext): boolean {
  const { ctx, scope, enabled } = rule;
  const t = ctx.ts;
  if (!t.isPropertyAccessExpression(node)) return false;
  const api = scope.resolve(node);
  if (api?.module !== 'process' || api.path.length !== 1) return false;
  const [member] = api.path;
  const parent = node.parent;
  const called = t.isCallExpression(parent) && parent.expression === node;
  if (member === 'assert' && called && enabled.has('DEP0100')) return visitAssert(parent, rule);
  if (member === 'binding' && called && enabled.has('DEP0111')) {
    ctx.warn('process.binding is deprecated (DEP0111): internal bindings have no public replacement; use the public module API', parent);
  }
  if (member === 'mainModule' && enabled.has('DEP0138')) {
    const op = t.isBinaryExpression(parent) && parent.left === node ? parent.operatorToken.kind : undefined;
    const written = op !== undefined && op >= t.SyntaxKind.FirstAssignment && op <= t.SyntaxKind.LastAssignment;
    if (!scope.commonJs || written) {
      ctx.warn('process.mainModule is deprecated (DEP0138): use require.main (CommonJS) or import.meta.main / process.argv[1] (ES modules)', node);
      return false;
    }
    if (!scope.replace(node, 'require.main')) return false;
    ctx.stat('DEP0138');
    return true;
  }
  return false;
}

export const pass = defineNodePass({
  id: 'node-process',
  title: 'Migrate deprecated process APIs',
  description:
    "Rewrites process.assert(…) (DEP0100) to the assert module's function (an existing binding of node:assert, or require('node:assert') " +
    'in CommonJS) and process.mainModule (DEP0138) to require.main in CommonJS. Warns on process.binding (DEP0111), and on ' +
    'process.mainModule in ES modules. A file that declares its own process is left alone.',
  codes: CODES,
  match: ['process'],
  visitNode,
});

export default pass;
