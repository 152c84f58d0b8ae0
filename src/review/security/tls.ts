import { ts } from '../../core/parse.js';
import { defineSecurityRule, type SecurityHit } from './rule.js';
import { skipParens, walk } from './syntax.js';

const ENV_FLAG = 'NODE_TLS_REJECT_UNAUTHORIZED';

function isEnvFlag(node: ts.Expression): boolean {
  const inner = skipParens(node);
  if (ts.isPropertyAccessExpression(inner)) return inner.name.text === ENV_FLAG && /(^|\.)env$/.test(inner.expression.getText());
  if (ts.isElementAccessExpression(inner)) return ts.isStringLiteralLike(inner.argumentExpression) && inner.argumentExpression.text === ENV_FLAG;
  return false;
}

/** `rejectUnauthorized: false`, `NODE_TLS_REJECT_UNAUTHORIZED = '0'`. */
export const tlsVerificationOffRule = defineSecurityRule({
  id: 'security/tls-verification-off',
  title: 'TLS certificate verification turned off',
  severity: 'error',
  description: '`rejectUnauthorized: false` (on an agent, request or socket) and `NODE_TLS_REJECT_UNAUTHORIZED=0` accept any certificate, so anyone on the network path can read and change the traffic. Trust the right CA instead (`ca:` or `NODE_EXTRA_CA_CERTS`).',
  check({ sourceFile }) {
    const hits: SecurityHit[] = [];
    walk(sourceFile, (node) => {
      if (ts.isPropertyAssignment(node) && node.name.getText().replace(/['"]/g, '') === 'rejectUnauthorized' && skipParens(node.initializer).kind === ts.SyntaxKind.FalseKeyword) {
        hits.push({ node, message: 'rejectUnauthorized: false accepts any TLS certificate; pass the CA that signed it (ca:) instead' });
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && isEnvFlag(node.left)) {
        const value = skipParens(node.right);
        const off = (ts.isStringLiteralLike(value) || ts.isNumericLiteral(value)) && value.text === '0';
        if (off) hits.push({ node, message: `${ENV_FLAG}=0 turns off certificate checks for every TLS connection of the process` });
      }
    });
    return hits;
  },
});
