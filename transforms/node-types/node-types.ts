import type { ts } from 'ts-morph';
import { rewriteBuffer, type BufferMethod } from '../node-deprecations/rewrite-buffer.js';
import { defineNodePass, type NodeRuleContext } from '../shared/node/define.js';
import { declaredIn, isArrayLikeData } from './types.js';

const CODES = ['DEP0005', 'DEP0066', 'DEP0081', 'DEP0108', 'DEP0178', 'DEP0194'];
const ZLIB_CLASSES = ['Zlib', 'ZlibBase', 'Gzip', 'Gunzip', 'Deflate', 'DeflateRaw', 'Inflate', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress'];

/** DEP0005 with a checker: a number is a size (`alloc`), a string, array or buffer is data (`from`). */
function decideBuffer(rule: NodeRuleContext): (arg: ts.Expression) => BufferMethod | undefined {
  const t = rule.ctx.ts;
  const checker = rule.ctx.checker!;
  return (arg) => {
    const type = checker.getTypeAtLocation(arg);
    if (type.flags & (t.TypeFlags.Any | t.TypeFlags.Unknown)) return undefined;
    if (type.flags & t.TypeFlags.NumberLike) return 'alloc';
    if (type.flags & t.TypeFlags.StringLike) return 'from';
    return isArrayLikeData(checker, t, type) ? 'from' : undefined;
  };
}

function isWritten(t: typeof ts, node: ts.Node): boolean {
  const parent = node.parent;
  if (t.isBinaryExpression(parent) && parent.left === node) {
    const op = parent.operatorToken.kind;
    return op >= t.SyntaxKind.FirstAssignment && op <= t.SyntaxKind.LastAssignment;
  }
  return t.isDeleteExpression(parent) || t.isPrefixUnaryExpression(parent) || t.isPostfixUnaryExpression(parent);
}

/** A write through the object (`res._headers.x = 1`): getHeaders() returns a copy, so it would be lost. */
function isMutated(t: typeof ts, node: ts.Node): boolean {
  const parent = node.parent;
  return (t.isPropertyAccessExpression(parent) || t.isElementAccessExpression(parent)) && parent.expression === node && isWritten(t, parent);
}

function visitProperty(node: ts.PropertyAccessExpression, rule: NodeRuleContext): void {
  const { ctx, scope, enabled } = rule;
  const t = ctx.ts;
  const checker = ctx.checker!;
  const name = node.name.text;
  if (name !== '_headers' && name !== '_headerNames' && name !== 'path' && name !== 'bytesRead' && name !== 'priority') return;
  const objectType = checker.getTypeAtLocation(node.expression);
  if (name === '_headers' || name === '_headerNames') {
    if (!enabled.has('DEP0066')) return;
    const outgoing = declaredIn(checker, t, objectType, ['http', 'https', 'http2'], ['OutgoingMessage']);
    if (!outgoing || name === '_headerNames' || isWritten(t, node) || isMutated(t, node)) {
      ctx.warn(`OutgoingMessage.prototype.${name} is deprecated (DEP0066): use getHeaders(), getHeaderNames(), setHeader() or removeHeader()${outgoing ? '' : ' (the type checker cannot tell that this is an HTTP message)'}`, node);
      return;
    }
    if (scope.replace(node.name, 'getHeaders()')) ctx.stat('DEP0066');
    return;
  }
  if (isWritten(t, node)) return;
  const called = t.isCallExpression(node.parent) && node.parent.expression === node;
  if (name === 'priority' && called && enabled.has('DEP0194') && declaredIn(checker, t, objectType, ['http2'], ['Http2Stream'])) {
    ctx.warn('HTTP/2 priority signalling is deprecated (DEP0194; RFC 9113): remove the stream.priority() call, it has no replacement', node.parent);
  }
  if (name === 'path' && enabled.has('DEP0178') && declaredIn(checker, t, objectType, ['fs'], ['Dirent'])) {
    if (scope.replace(node.name, 'parentPath')) ctx.stat('DEP0178');
  }
  if (name === 'bytesRead' && enabled.has('DEP0108') && declaredIn(checker, t, objectType, ['zlib'], ZLIB_CLASSES)) {
    if (scope.replace(node.name, 'bytesWritten')) ctx.stat('DEP0108');
  }
}

/** DEP0081: `fs.truncate(fd, …)` where the checker says `fd` is a number → `fs.ftruncate`. */
function visitTruncate(call: ts.CallExpression, rule: NodeRuleContext): void {
  const { ctx, scope } = rule;
  const t = ctx.ts;
  const api = scope.resolve(call.expression);
  const method = api?.path[0];
  if (api?.module !== 'fs' || api.path.length !== 1 || (method !== 'truncate' && method !== 'truncateSync')) return;
  const first = call.arguments[0];
  if (!first || !t.isPropertyAccessExpression(call.expression)) return;
  if (!(ctx.checker!.getTypeAtLocation(first).flags & t.TypeFlags.NumberLike)) return;
  if (scope.replace(call.expression.name, `f${method}`)) ctx.stat('DEP0081');
}

export const pass = defineNodePass({
  id: 'node-types',
  title: 'Migrate deprecated Node.js APIs the type checker can identify',
  description:
    'Asks the type checker where syntax cannot decide: new Buffer(x) (DEP0005) becomes Buffer.alloc(x) when x is a number and Buffer.from(x) ' +
    'when it is a string, array or buffer; res._headers (DEP0066) becomes res.getHeaders() only when res is an http OutgoingMessage ' +
    '(ServerResponse, ClientRequest); dirent.path (DEP0178) becomes dirent.parentPath for an fs.Dirent; zlib bytesRead (DEP0108) becomes ' +
    'bytesWritten; fs.truncate(fd) (DEP0081) becomes fs.ftruncate when fd is a number; Http2Stream.priority() (DEP0194) is warned about. Types come from @types/node; without them every case ' +
    'stays (Buffer() and _headers with a warning).',
  needs: 'types',
  codes: CODES,
  match: ['Buffer', '_header', '.path', 'bytesRead', 'truncate', 'priority'],
  visitNode(node, rule) {
    const t = rule.ctx.ts;
    if (t.isPropertyAccessExpression(node)) visitProperty(node, rule);
    if (t.isCallExpression(node) && rule.enabled.has('DEP0081')) visitTruncate(node, rule);
    if ((t.isCallExpression(node) || t.isNewExpression(node)) && rule.enabled.has('DEP0005')) {
      const isBuffer = (callee: ts.Expression): boolean => {
        const api = rule.scope.resolve(callee);
        return api?.module === 'buffer' && api.path.length === 1 && api.path[0] === 'Buffer';
      };
      return rewriteBuffer(rule.ctx, node, isBuffer, decideBuffer(rule));
    }
    return false;
  },
});

export default pass;
