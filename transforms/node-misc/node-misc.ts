import type { ts } from 'ts-morph';
import { defineNodePass, moduleAccess, type NodeRuleContext } from '../shared/node/define.js';
import { lookup } from '../shared/node/deprecations.js';

const CODES = ['DEP0022', 'DEP0064', 'DEP0066', 'DEP0095', 'DEP0096', 'DEP0127', 'DEP0130', 'DEP0184', 'DEP0185', 'DEP0191', 'DEP0195'];

/** Classes Node deprecates calling without `new`, by module and code. */
const CLASSES: Readonly<Record<string, { code: string; names: ReadonlySet<string> }>> = {
  http: { code: 'DEP0195', names: new Set(['Agent', 'ClientRequest', 'IncomingMessage', 'OutgoingMessage', 'Server', 'ServerResponse']) },
  zlib: {
    code: 'DEP0184',
    names: new Set(['BrotliCompress', 'BrotliDecompress', 'Deflate', 'DeflateRaw', 'Gunzip', 'Gzip', 'Inflate', 'InflateRaw', 'Unzip']),
  },
  repl: { code: 'DEP0185', names: new Set(['REPLServer', 'Recoverable']) },
};

/** Renamed members: `module.old` → `module.new`, exact replacements. */
const RENAMES: Readonly<Record<string, { code: string; to: string }>> = {
  'os.tmpDir': { code: 'DEP0022', to: 'tmpdir' },
  'module.createRequireFromPath': { code: 'DEP0130', to: 'createRequire' },
};

const WARNINGS: Readonly<Record<string, { code: string; message: string }>> = {
  'tls.createSecurePair': { code: 'DEP0064', message: 'tls.createSecurePair is deprecated (DEP0064): use new tls.TLSSocket(socket, options)' },
  'timers.enroll': { code: 'DEP0095', message: 'timers.enroll is deprecated (DEP0095): use setTimeout() or setInterval()' },
  'timers.unenroll': { code: 'DEP0096', message: 'timers.unenroll is deprecated (DEP0096): use clearTimeout() or clearInterval()' },
  'timers._unrefActive': { code: 'DEP0127', message: 'timers._unrefActive is deprecated (DEP0127): use a timer and its refresh() and unref() methods' },
};

/** DEP0184/DEP0185/DEP0195: `http.ServerResponse(req)` → `new http.ServerResponse(req)`. */
function visitClassCall(call: ts.CallExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope, enabled } = rule;
  const t = ctx.ts;
  const api = scope.resolve(call.expression);
  const family = api && lookup(CLASSES, api.module);
  if (!api || !family || api.path.length !== 1 || !family.names.has(api.path[0]!) || !enabled.has(family.code)) return false;
  // `new require('http').Agent()` would call `new` on require: only plain names and `x.Name` qualify.
  const plain = t.isIdentifier(call.expression) || (t.isPropertyAccessExpression(call.expression) && t.isIdentifier(call.expression.expression));
  if (!plain || call.questionDotToken || call.typeArguments) {
    ctx.warn(`${api.module}.${api.path[0]} called without new is deprecated (${family.code}): add new`, call);
    return false;
  }
  if (scope.replace(call.expression, `new ${call.expression.getText(ctx.sourceFile)}`)) ctx.stat(family.code);
  return false; // only the callee changed: the arguments still get their turn
}

function visitAccess(node: ts.PropertyAccessExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope, enabled } = rule;
  if ((node.name.text === '_headers' || node.name.text === '_headerNames') && enabled.has('DEP0066')) {
    ctx.warn(`OutgoingMessage.prototype.${node.name.text} is deprecated (DEP0066): if this is an HTTP message, use getHeaders()/getHeaderNames() (node-types rewrites it when the type checker knows)`, node);
    return false;
  }
  const api = scope.resolve(node);
  if (!api || api.path.length !== 1) return false;
  const key = `${api.module}.${api.path[0]}`;
  const rename = lookup(RENAMES, key);
  if (rename && enabled.has(rename.code)) {
    if (scope.replace(node.name, rename.to)) ctx.stat(rename.code);
    return false;
  }
  const warning = lookup(WARNINGS, key);
  if (warning && enabled.has(warning.code)) ctx.warn(warning.message, node);
  if (key === 'repl.builtinModules' && enabled.has('DEP0191')) {
    const access = moduleAccess(rule, 'module');
    if (!access) {
      ctx.warn("repl.builtinModules is deprecated (DEP0191): import { builtinModules } from 'node:module'", node);
      return false;
    }
    if (!scope.replace(node, `${access}.builtinModules`)) return false;
    ctx.stat('DEP0191');
    return true;
  }
  return false;
}

/** A destructured deprecated member: named here, since the binding can't be renamed at its uses alone. */
function visitDestructured(node: ts.BindingElement | ts.ImportSpecifier, rule: NodeRuleContext): void {
  const { ctx, scope, enabled } = rule;
  if (!ctx.ts.isIdentifier(node.name)) return;
  const binding = scope.bindings.get(node.name.text);
  if (binding?.kind !== 'member' || binding.declaration !== node) return;
  const rename = lookup(RENAMES, `${binding.module}.${binding.member}`);
  if (rename && enabled.has(rename.code)) ctx.warn(`${binding.module}.${binding.member} is deprecated (${rename.code}): import ${rename.to} instead`, node);
}

export const pass = defineNodePass({
  id: 'node-misc',
  title: 'Migrate small deprecated Node.js APIs',
  description:
    'Warns on OutgoingMessage._headers/_headerNames (DEP0066; node-types rewrites them with types). ' +
    'Adds new to node:http (DEP0195), node:zlib (DEP0184) and node:repl (DEP0185) classes called without it, renames os.tmpDir (DEP0022) and ' +
    "module.createRequireFromPath (DEP0130), and moves repl.builtinModules (DEP0191) to node:module. Warns on tls.createSecurePair (DEP0064) " +
    'and timers.enroll/unenroll/_unrefActive (DEP0095, DEP0096, DEP0127), which have no mechanical replacement.',
  codes: CODES,
  match: ['http', 'zlib', 'repl', 'os', 'module', 'tls', 'timers', '_header'],
  visitNode(node, rule) {
    const t = rule.ctx.ts;
    if (t.isCallExpression(node)) return visitClassCall(node, rule);
    if (t.isPropertyAccessExpression(node)) return visitAccess(node, rule);
    if (t.isBindingElement(node) || t.isImportSpecifier(node)) visitDestructured(node, rule);
    return false;
  },
});

export default pass;
