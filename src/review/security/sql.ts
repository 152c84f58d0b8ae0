import { ts } from '../../core/parse.js';
import { defineSecurityRule, type SecurityHit } from './rule.js';
import { isInterpolated, literalParts, skipParens, walk } from './syntax.js';

const QUERY_METHODS = new Set(['query', 'execute', 'raw', 'exec', 'run', 'all', 'get', 'prepare', 'unsafe']);
const SQL = /\b(select\b[\s\S]*\bfrom|insert\s+into|update\b[\s\S]*\bset|delete\s+from|where|values|order\s+by|drop\s+table)\b/i;

/** `db.query(\`… ${x}\`)`, `conn.execute('… ' + x)`: SQL assembled from values. */
export const sqlInjectionRule = defineSecurityRule({
  id: 'security/sql-injection',
  title: 'SQL built by concatenation or interpolation',
  severity: 'error',
  description: 'A query string assembled with `+` or `${}` and passed to `.query()`, `.execute()` (or `.raw()`, `.run()`, `.all()`, `.get()`, `.prepare()`) lets a value rewrite the query. Flagged when the literal parts read as SQL; tagged templates (`sql`…``) are left alone, since their tags escape values. Use placeholders (`?`, `$1`) and pass the values separately.',
  check({ sourceFile }) {
    const hits: SecurityHit[] = [];
    walk(sourceFile, (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      if (!QUERY_METHODS.has(node.expression.name.text)) return;
      const [first] = node.arguments;
      if (!first) return;
      const text = skipParens(first);
      if (!isInterpolated(text)) return;
      if (!SQL.test(literalParts(text).join(' '))) return;
      hits.push({ node, message: `SQL passed to .${node.expression.name.text}() is built from values; use placeholders and pass the values separately` });
    });
    return hits;
  },
});
