import type { ts } from 'ts-morph';
import { defineNodePass, type NodeRuleContext } from '../shared/node/define.js';
import { removeStatements } from '../shared/node/remove-bindings.js';
import { usesByName } from '../shared/node/scope.js';
import { axiosBinding, type AxiosBinding } from './axios-binding.js';
import { fetchCall, type FetchCall } from './fetch-call.js';

const state = new WeakMap<ts.SourceFile, { binding: AxiosBinding; rewritten: number; uses: number }>();

/** `const { data } = await axios.get(u)` → the declaration's new text, or undefined when the shape differs. */
function destructured(t: typeof ts, awaited: ts.AwaitExpression): ts.VariableDeclaration | undefined {
  const decl = awaited.parent;
  if (!t.isVariableDeclaration(decl) || decl.initializer !== awaited || !t.isObjectBindingPattern(decl.name) || decl.type) return undefined;
  const [only] = decl.name.elements;
  if (decl.name.elements.length !== 1 || !only || only.dotDotDotToken || only.initializer || !t.isIdentifier(only.name)) return undefined;
  const key = only.propertyName ?? only.name;
  return t.isIdentifier(key) && key.text === 'data' ? decl : undefined;
}

function visitCall(call: ts.CallExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope } = rule;
  const t = ctx.ts;
  const file = state.get(ctx.sourceFile);
  if (!file) return false;
  const callee = call.expression;
  if (!t.isPropertyAccessExpression(callee) || !t.isIdentifier(callee.expression) || callee.expression.text !== file.binding.name) return false;
  const awaited = call.parent;
  const where = `${file.binding.name}.${callee.name.text}(…)`;
  const request: FetchCall | string = fetchCall(ctx, callee.name.text, call);
  if (typeof request === 'string') {
    ctx.warn(`${where} left alone: ${request}`, call);
    return false;
  }
  if (!t.isAwaitExpression(awaited) || !scope.isGlobal('fetch')) {
    ctx.warn(`${where} left alone: only an awaited call whose result is used for .data is rewritten`, call);
    return false;
  }
  const decl = destructured(t, awaited);
  const parenthesized = awaited.parent;
  const access = t.isParenthesizedExpression(parenthesized) ? parenthesized.parent : undefined;
  if (decl) {
    const element = (decl.name as ts.ObjectBindingPattern).elements[0]!;
    if (!scope.replace(decl, `${element.name.getText(ctx.sourceFile)} = await ${request.text}`)) return false;
  } else if (access && t.isPropertyAccessExpression(access) && access.name.text === 'data' && access.expression === parenthesized) {
    if (!scope.replace(access, `(await ${request.text})`)) return false;
  } else {
    ctx.warn(`${where} left alone: the response object is used (fetch's Response differs: status, headers, no .data)`, call);
    return false;
  }
  file.rewritten++;
  ctx.stat('AXIOS_FETCH');
  return true;
}

export const pass = defineNodePass({
  id: 'node-axios-fetch',
  title: 'Simple axios calls to fetch',
  description:
    "Opt-in (not in node-migrations): rewrites awaited axios.get/delete/post/put/patch calls whose result is only read for .data " +
    '(`const { data } = await axios.get(url)`, `(await axios.get(url)).data`) to the global fetch, with a check that throws on a non-2xx ' +
    'status as axios does and response.json(). Only a URL, JSON-literal bodies and a literal headers option are carried over; every other ' +
    'call is left with a warning. The axios import goes once nothing uses it.',
  codes: ['AXIOS_FETCH'],
  match: ['axios'],
  visitNode(node, rule) {
    const t = rule.ctx.ts;
    if (node === rule.ctx.sourceFile) {
      const binding = axiosBinding(t, rule.ctx.sourceFile, rule.scope);
      if (!binding) return true;
      const uses = (usesByName(t, rule.ctx.sourceFile, new Set([binding.name])).get(binding.name) ?? []).length - 1;
      state.set(rule.ctx.sourceFile, { binding, rewritten: 0, uses });
      return false;
    }
    return t.isCallExpression(node) ? visitCall(node, rule) : false;
  },
  finish(rule) {
    const file = state.get(rule.ctx.sourceFile);
    state.delete(rule.ctx.sourceFile);
    if (file && file.rewritten > 0 && file.rewritten === file.uses) removeStatements(rule.ctx as never, new Set([file.binding.declaration]));
  },
});

export default pass;
