import { ts } from '../../core/parse.js';
import { defineSecurityRule, type SecurityHit } from './rule.js';
import { isConstantString, walk } from './syntax.js';

const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML']);

/** HTML sinks fed with non-literal values: `el.innerHTML = x`, `document.write(x)`, `insertAdjacentHTML(p, x)`. */
export const domXssRule = defineSecurityRule({
  id: 'security/dom-xss',
  title: 'HTML built from a non-literal value',
  severity: 'warning',
  description: 'Assigning a value built at run time to `innerHTML` or `outerHTML`, or passing one to `document.write`/`writeln` or `insertAdjacentHTML`, parses it as HTML: script in the data runs (cross-site scripting). Use `textContent`, or sanitize.',
  check({ sourceFile }) {
    const hits: SecurityHit[] = [];
    walk(sourceFile, (node) => {
      if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.EqualsToken || node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)) {
        const left = node.left;
        if (ts.isPropertyAccessExpression(left) && HTML_PROPERTIES.has(left.name.text) && !isConstantString(node.right)) {
          hits.push({ node, message: `${left.name.text} set from a value built at run time is parsed as HTML; use textContent or sanitize it` });
        }
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const { name, expression: target } = node.expression;
        const isDocumentWrite = ts.isIdentifier(target) && target.text === 'document' && (name.text === 'write' || name.text === 'writeln');
        const html = isDocumentWrite ? node.arguments[0] : name.text === 'insertAdjacentHTML' ? node.arguments[1] : undefined;
        if (html && !isConstantString(html)) hits.push({ node, message: `${isDocumentWrite ? `document.${name.text}` : 'insertAdjacentHTML'}() with a value built at run time is parsed as HTML; build DOM nodes or sanitize it` });
      }
    });
    return hits;
  },
});
