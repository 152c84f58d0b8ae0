import { ts } from '../../core/parse.js';
import { defineSecurityRule, type SecurityHit } from './rule.js';
import { nameAround, walk, wordsOf } from './syntax.js';

/** Words that say a value must be unguessable. */
const SECRET_WORDS = new Set(['token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'nonce', 'salt', 'otp', 'session', 'sid', 'uuid', 'guid', 'id', 'ids', 'csrf', 'apikey', 'key', 'code', 'pin']);
/** `key` and `code` alone name too much (cache keys, status codes); they count with a qualifier. */
const NEEDS_QUALIFIER = new Set(['key', 'code']);
const QUALIFIERS = new Set(['api', 'secret', 'access', 'auth', 'reset', 'verification', 'invite', 'private', 'signing', 'session']);

export function namesSecret(name: string): boolean {
  const words = wordsOf(name);
  return words.some((word, i) => SECRET_WORDS.has(word) && (!NEEDS_QUALIFIER.has(word) || (i > 0 && QUALIFIERS.has(words[i - 1]!))));
}

/** `Math.random()` where the value is named a token, id, password, nonce… */
export const insecureRandomRule = defineSecurityRule({
  id: 'security/insecure-random',
  title: 'Math.random() used for a token, id or password',
  severity: 'warning',
  description: '`Math.random()` is predictable: values derived from it can be guessed. Flagged when the value is named as a secret or identifier (a variable, property, or function called `token`, `sessionId`, `generatePassword`, `nonce`, `apiKey`…); use `crypto.randomUUID()` or `crypto.randomBytes()`.',
  check({ sourceFile }) {
    const hits: SecurityHit[] = [];
    walk(sourceFile, (node) => {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'Math.random') return;
      const name = nameAround(node);
      if (name && namesSecret(name)) {
        hits.push({ node, message: `Math.random() is predictable; \`${name}\` needs crypto.randomUUID() or crypto.randomBytes()` });
      }
    });
    return hits;
  },
});
