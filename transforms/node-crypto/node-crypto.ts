import type { ts } from 'ts-morph';
import { argsText, defineNodePass, moduleAccess, type NodeRuleContext } from '../shared/node/define.js';
import { lookup } from '../shared/node/deprecations.js';

const CODES = ['DEP0010', 'DEP0093', 'DEP0106', 'DEP0154', 'DEP0179', 'DEP0181'];

/** DEP0154: the RSA-PSS key options renamed in Node 16. */
const PSS_OPTIONS: Readonly<Record<string, string>> = { hash: 'hashAlgorithm', mgf1Hash: 'mgf1HashAlgorithm' };

/** DEP0179/DEP0181: the constructors and the factories that replace them. */
const FACTORIES: Readonly<Record<string, { code: string; factory: string }>> = {
  Hash: { code: 'DEP0179', factory: 'createHash' },
  Hmac: { code: 'DEP0181', factory: 'createHmac' },
};

function keyName(t: typeof ts, property: ts.ObjectLiteralElementLike): string | undefined {
  return property.name && (t.isIdentifier(property.name) || t.isStringLiteral(property.name)) ? property.name.text : undefined;
}

/** DEP0154: `generateKeyPair('rsa-pss', { hash, mgf1Hash })` → `{ hashAlgorithm, mgf1HashAlgorithm }`. */
function visitPss(call: ts.CallExpression, rule: NodeRuleContext): void {
  const { ctx } = rule;
  const t = ctx.ts;
  const [type, options] = call.arguments;
  if (!type || !t.isStringLiteralLike(type) || type.text !== 'rsa-pss' || !options || !t.isObjectLiteralExpression(options)) return;
  const names = new Set(options.properties.map((property) => keyName(t, property)));
  for (const property of options.properties) {
    const name = keyName(t, property);
    const renamed = name && lookup(PSS_OPTIONS, name);
    if (!renamed || names.has(renamed)) continue;
    if (t.isShorthandPropertyAssignment(property)) ctx.edits.replace(property, `${renamed}: ${name}`);
    else if (t.isPropertyAssignment(property)) ctx.edits.replace(property.name, renamed);
    else continue;
    ctx.stat('DEP0154');
  }
}

function visitCall(call: ts.CallExpression | ts.NewExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope, enabled } = rule;
  const t = ctx.ts;
  const api = scope.resolve(call.expression);
  if (api?.module !== 'crypto' || api.path.length !== 1) return false;
  const [member] = api.path as [string];
  if (t.isCallExpression(call) && (member === 'generateKeyPair' || member === 'generateKeyPairSync') && enabled.has('DEP0154')) visitPss(call, rule);
  if (t.isCallExpression(call) && (member === 'createCipher' || member === 'createDecipher') && enabled.has('DEP0106')) {
    ctx.warn(`crypto.${member} is deprecated (DEP0106): use crypto.${member}iv with an explicit key and IV (the old key derivation cannot be rewritten safely)`, call);
  }
  if (t.isCallExpression(call) && member === 'createCredentials' && enabled.has('DEP0010')) {
    const tls = moduleAccess(rule, 'tls');
    if (!tls) {
      ctx.warn("crypto.createCredentials is deprecated (DEP0010): use createSecureContext from 'node:tls'", call);
      return false;
    }
    if (scope.replace(call.expression, `${tls}.createSecureContext`)) ctx.stat('DEP0010');
    return false;
  }
  const factory = lookup(FACTORIES, member);
  if (factory && enabled.has(factory.code)) {
    // `crypto.Hash(…)` / `new crypto.Hash(…)` → `crypto.createHash(…)`: the factory takes the same arguments.
    if (!t.isPropertyAccessExpression(call.expression)) {
      ctx.warn(`crypto.${member} as a constructor is deprecated (${factory.code}): use crypto.${factory.factory}`, call);
      return false;
    }
    const owner = call.expression.expression.getText(ctx.sourceFile);
    if (!scope.replace(call, `${owner}.${factory.factory}(${argsText(ctx, call)})`)) return false;
    ctx.stat(factory.code);
    return true;
  }
  return false;
}

/** DEP0093: reading `crypto.fips` → `crypto.getFips()`; `crypto.fips = x;` → `crypto.setFips(x);` (the same accessors). */
function visitFips(node: ts.PropertyAccessExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope } = rule;
  const t = ctx.ts;
  const api = scope.resolve(node);
  if (api?.module !== 'crypto' || api.path.join('.') !== 'fips') return false;
  const owner = node.expression.getText(ctx.sourceFile);
  const parent = node.parent;
  if (t.isBinaryExpression(parent) && parent.left === node) {
    if (parent.operatorToken.kind !== t.SyntaxKind.EqualsToken || !t.isExpressionStatement(parent.parent)) {
      ctx.warn('crypto.fips is deprecated (DEP0093): use crypto.setFips(value)', parent);
      return false;
    }
    if (!scope.replace(parent, `${owner}.setFips(${parent.right.getText(ctx.sourceFile)})`)) return false;
  } else if (t.isPrefixUnaryExpression(parent) || t.isPostfixUnaryExpression(parent) || t.isDeleteExpression(parent)) {
    return false;
  } else if (!scope.replace(node, `${owner}.getFips()`)) return false;
  ctx.stat('DEP0093');
  return true;
}

export const pass = defineNodePass({
  id: 'node-crypto',
  title: 'Migrate deprecated node:crypto APIs',
  description:
    'Rewrites crypto.fips (DEP0093) to getFips()/setFips(), the RSA-PSS key options hash/mgf1Hash (DEP0154) to hashAlgorithm/mgf1HashAlgorithm, ' +
    'crypto.Hash/Hmac constructors (DEP0179, DEP0181) to createHash/createHmac, and crypto.createCredentials (DEP0010) to ' +
    'tls.createSecureContext where tls is reachable. Warns on createCipher/createDecipher (DEP0106): they need a key and IV.',
  codes: CODES,
  match: ['crypto'],
  visitNode(node, rule) {
    const t = rule.ctx.ts;
    if (t.isCallExpression(node) || t.isNewExpression(node)) return visitCall(node, rule);
    if (t.isPropertyAccessExpression(node) && rule.enabled.has('DEP0093')) return visitFips(node, rule);
    return false;
  },
});

export default pass;
