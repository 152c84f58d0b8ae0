import { parse as legacyParse, resolve as legacyResolve } from 'node:url';
import type { ts } from 'ts-morph';
import { defineNodePass, type NodeRuleContext } from '../shared/node/define.js';

const CODES = ['DEP0116', 'DEP0169'];

/** Properties a legacy Url object and a WHATWG URL both have (with possibly different values). */
const SHARED_PROPERTIES: ReadonlySet<string> = new Set(['href', 'protocol', 'host', 'hostname', 'port', 'hash', 'search', 'pathname']);

const PARSE_WARNING =
  'url.parse is deprecated (DEP0169): new URL(input, base) differs (it throws on relative input without a base, has no auth/path/query ' +
  'fields, percent-encodes differently, and port/search/hash are "" rather than null), so it is left for you';

/** What `new URL(input)[property]` is, or undefined when it throws. */
function whatwg(input: string, property: string, base?: string): unknown {
  try {
    return (new URL(input, base) as unknown as Record<string, unknown>)[property];
  } catch {
    return undefined;
  }
}

/** `url.parse('literal').pathname` → `new URL('literal').pathname`, only when both give the same value. */
function visitParse(call: ts.CallExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope } = rule;
  const t = ctx.ts;
  const [input] = call.arguments;
  const access = call.parent;
  const literal = call.arguments.length === 1 && input && t.isStringLiteralLike(input);
  if (literal && t.isPropertyAccessExpression(access) && access.expression === call && SHARED_PROPERTIES.has(access.name.text) && scope.isGlobal('URL')) {
    const property = access.name.text;
    const legacy = (legacyParse(input.text) as unknown as Record<string, unknown>)[property];
    if (legacy !== undefined && legacy === whatwg(input.text, property)) {
      if (!scope.replace(call, `new URL(${input.getText(ctx.sourceFile)})`)) return false;
      ctx.stat('DEP0169');
      return true;
    }
  }
  ctx.warn(PARSE_WARNING, call);
  return false;
}

/** `url.resolve('http://a/b', 'c')` → `new URL('c', 'http://a/b').href`, only when both give the same string. */
function visitResolve(call: ts.CallExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope } = rule;
  const t = ctx.ts;
  const [from, to] = call.arguments;
  if (call.arguments.length === 2 && from && to && t.isStringLiteralLike(from) && t.isStringLiteralLike(to) && scope.isGlobal('URL')) {
    if (legacyResolve(from.text, to.text) === whatwg(to.text, 'href', from.text)) {
      if (!scope.replace(call, `new URL(${to.getText(ctx.sourceFile)}, ${from.getText(ctx.sourceFile)}).href`)) return false;
      ctx.stat('DEP0116');
      return true;
    }
  }
  ctx.warn('url.resolve is legacy (DEP0116): new URL(to, from).href needs an absolute base and encodes differently, so it is left for you', call);
  return false;
}

function visitCall(call: ts.CallExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope, enabled } = rule;
  const api = scope.resolve(call.expression);
  if (api?.module !== 'url' || api.path.length !== 1) return false;
  const [member] = api.path;
  if (member === 'parse' && enabled.has('DEP0169')) return visitParse(call, rule);
  if (member === 'resolve' && enabled.has('DEP0116')) return visitResolve(call, rule);
  const [first] = call.arguments;
  if (member === 'format' && enabled.has('DEP0116') && first && !ctx.ts.isNewExpression(first)) {
    ctx.warn('url.format(urlObject) is legacy (DEP0116): build a URL and read .href, or url.format(new URL(…), options)', call);
  }
  return false;
}

export const pass = defineNodePass({
  id: 'node-url',
  title: 'Legacy url API to WHATWG URL',
  description:
    'Rewrites url.parse(literal).<property> (DEP0169) and url.resolve(literal, literal) (DEP0116) to new URL(…) only where both APIs give the ' +
    'same value, checked when the pass runs; every other url.parse, url.resolve and url.format(object) call is left with a warning that says ' +
    'how WHATWG URL differs (relative input, auth, query parsing, encoding).',
  codes: CODES,
  match: ['url'],
  visitNode: (node, rule) => (rule.ctx.ts.isCallExpression(node) ? visitCall(node, rule) : false),
});

export default pass;
