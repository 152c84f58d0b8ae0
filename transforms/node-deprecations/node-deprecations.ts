import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';
import { indexNames } from '../commonjs-to-esm/names.js';
import { coreBindings, memberAt, type CoreBinding } from './bindings.js';
import { ALL_CODES, WARN_ONLY } from './rules.js';
import { rewriteBuffer } from './rewrite-buffer.js';
import { rewriteUtilPredicate } from './rewrite-util.js';

type TS = typeof ts;

// A type alias, not an interface: it must fit OptionValues (string index) to join builtinPasses.
export type NodeDeprecationsOptions = {
  codes: string[];
};

function checkCall(
  ctx: FileContext<NodeDeprecationsOptions>,
  call: ts.CallExpression,
  bindings: ReadonlyMap<string, CoreBinding>,
  enabled: ReadonlySet<string>,
  { bufferIsGlobal }: { bufferIsGlobal: boolean },
): void {
  const target = memberAt(ctx.ts, call.expression, bindings);
  if (!target) return;
  const key = `${target.module}.${target.member}`;
  const warnOnly = Object.hasOwn(WARN_ONLY, key) ? WARN_ONLY[key] : undefined;
  if (warnOnly) {
    if (enabled.has(warnOnly.code)) ctx.warn(warnOnly.message, call);
    return;
  }
  if (target.module === 'util') rewriteUtilPredicate(ctx, call, target.member, enabled, { bufferIsGlobal });
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
        if (enabled.has('DEP0005')) rewriteBuffer(ctx, node, (callee) => t.isIdentifier(callee) && trustedBuffer(callee.text));
        if (enabled.has('DEP0025')) checkSys(t, ctx, node.expression, node.arguments[0], { requireShadowed: names.declared.has('require') });
      } else if (t.isNewExpression(node) && enabled.has('DEP0005')) {
        rewriteBuffer(ctx, node, (callee) => t.isIdentifier(callee) && trustedBuffer(callee.text));
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
