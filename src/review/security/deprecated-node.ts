import { ts } from '../../core/parse.js';
import { calleeExport } from './bindings.js';
import { defineSecurityRule, type SecurityHit } from './rule.js';
import { isConstantString, walk } from './syntax.js';

/** `new Buffer(n)`, `crypto.createCipher`, `url.parse(input)`. */
export const deprecatedNodeApiRule = defineSecurityRule({
  id: 'security/deprecated-node-api',
  title: 'Deprecated, insecure Node.js API',
  severity: 'warning',
  description: "`new Buffer(n)` / `Buffer(n)` can return uninitialized memory (DEP0005); `crypto.createCipher`/`createDecipher` derive the key with one MD5 round and no IV (DEP0106); `url.parse()` parses some hostnames differently from browsers, which has let crafted URLs through allow-lists (DEP0169). `url.parse` is flagged only on values built at run time, `createCipher` only when it is crypto's.",
  check({ sourceFile, bindings }) {
    const hits: SecurityHit[] = [];
    walk(sourceFile, (node) => {
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'Buffer') {
        hits.push({ node, message: `${ts.isNewExpression(node) ? 'new ' : ''}Buffer() is deprecated and may expose old memory; use Buffer.alloc(), Buffer.from()` });
        return;
      }
      if (!ts.isCallExpression(node)) return;
      const target = calleeExport(node.expression, bindings);
      if (target?.module === 'crypto' && (target.name === 'createCipher' || target.name === 'createDecipher')) {
        hits.push({ node, message: `crypto.${target.name}() derives a weak key with no IV; use crypto.${target.name}iv() with a random IV and a key from scrypt` });
      }
      const [input] = node.arguments;
      if (target?.module === 'url' && target.name === 'parse' && input && !isConstantString(input)) {
        hits.push({ node, message: 'url.parse() on a value from outside can be tricked into another host; use new URL(input)' });
      }
    });
    return hits;
  },
});
