import { ts } from '../../core/parse.js';
import { calleeExport } from './bindings.js';
import { defineSecurityRule, type SecurityHit } from './rule.js';
import { nameAround, walk, wordsOf } from './syntax.js';

const WEAK = new Set(['md5', 'sha1', 'md4', 'sha-1']);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'pass', 'secret', 'credential', 'credentials', 'pin']);

const mentionsPassword = (text: string): boolean => wordsOf(text).some((word) => PASSWORD_WORDS.has(word));

/** The `.update(x)` calls chained on a `createHash(...)` call. */
function updatedWith(call: ts.CallExpression): ts.Expression[] {
  const out: ts.Expression[] = [];
  let current: ts.Node = call;
  while (ts.isPropertyAccessExpression(current.parent) && ts.isCallExpression(current.parent.parent)) {
    const chained = current.parent.parent;
    if (current.parent.name.text === 'update' && chained.arguments[0]) out.push(chained.arguments[0]);
    current = chained;
  }
  return out;
}

/** crypto's `createHash('md5' | 'sha1')` over a password. */
export const weakPasswordHashRule = defineSecurityRule({
  id: 'security/weak-password-hash',
  title: 'Password hashed with MD5 or SHA-1',
  severity: 'error',
  description: "MD5 and SHA-1 are fast to brute-force, so a leaked table of such hashes gives the passwords back. Flagged when crypto's `createHash('md5'|'sha1')` hashes something named as a password or secret (the `update()` argument, or the variable or function it goes to); checksums and cache keys are left alone. Use `crypto.scrypt`, argon2 or bcrypt.",
  check({ sourceFile, bindings }) {
    const hits: SecurityHit[] = [];
    walk(sourceFile, (node) => {
      if (!ts.isCallExpression(node)) return;
      const target = calleeExport(node.expression, bindings);
      if (!target || target.module !== 'crypto' || target.name !== 'createHash') return;
      const [algorithm] = node.arguments;
      if (!algorithm || !ts.isStringLiteralLike(algorithm) || !WEAK.has(algorithm.text.toLowerCase())) return;
      const inputs = updatedWith(node).map((input) => input.getText());
      const around = nameAround(node);
      if (inputs.some(mentionsPassword) || (around !== undefined && mentionsPassword(around))) {
        hits.push({ node, message: `${algorithm.text} is not a password hash (fast to brute-force); use crypto.scrypt(), argon2 or bcrypt` });
      }
    });
    return hits;
  },
});
