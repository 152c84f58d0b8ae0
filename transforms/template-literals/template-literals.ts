import { definePass } from '../../src/core/pass.js';
import type { FileContext } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';

/** A chain rendered as a template, refused for a reason worth a warning, or not worth converting. */
type Rendered = { kind: 'template'; text: string } | { kind: 'refused'; why: string } | { kind: 'skip' };

function isPlus(ts: typeof TS, node: TS.Node): node is TS.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

function isStringy(ts: typeof TS, node: TS.Node): boolean {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
}

/** The top of a `+` chain: not itself the left operand of another `+`. */
function isChainTop(ts: typeof TS, node: TS.Node): node is TS.BinaryExpression {
  return isPlus(ts, node) && !(isPlus(ts, node.parent) && node.parent.left === node);
}

/** Operands in evaluation order: `((a + b) + c) + d` gives a, b, c, d. */
function operandsOf(ts: typeof TS, chain: TS.BinaryExpression): TS.Expression[] {
  const operands: TS.Expression[] = [];
  let current: TS.Expression = chain;
  while (isPlus(ts, current)) {
    operands.unshift(current.right);
    current = current.left;
  }
  operands.unshift(current);
  return operands;
}

/**
 * A quoted string's body as template text; undefined for escapes a template does not allow (legacy
 * octal, \8, \9: TypeScript's parser rejects files with them, so this is a second line of defence).
 */
export function stringToTemplateText(raw: string): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\') {
      const next = raw[i + 1] ?? '';
      if (/[0-9]/.test(next) && !(next === '0' && !/[0-9]/.test(raw[i + 2] ?? ''))) return undefined;
      out += next === "'" || next === '"' ? next : c + next;
      i++;
    } else if (c === '`') out += '\\`';
    else if (c === '$' && raw[i + 1] === '{') out += '\\$';
    else out += c;
  }
  return out;
}

/** A statement starting with `` ` `` right after a line without `;` would make that line a tag. */
function startsStatementAfterOpenLine(ts: typeof TS, sourceFile: TS.SourceFile, node: TS.Node): boolean {
  const start = node.getStart(sourceFile);
  let starts = false;
  for (let current = node.parent; current && current.getStart(sourceFile) === start; current = current.parent) {
    if (ts.isExpressionStatement(current)) starts = true;
  }
  if (!starts) return false;
  const before = sourceFile.text.slice(0, start).replace(/\s+$/, '');
  return before.length > 0 && !/[;{}]$/.test(before);
}

function createRenderer(ctx: FileContext): (chain: TS.BinaryExpression) => Rendered {
  const { ts, sourceFile, text } = ctx;

  /** The text of `node` with convertible chains inside it converted. */
  const renderSpan = (node: TS.Node): string => {
    let out = '';
    let cursor = node.getStart(sourceFile);
    const visit = (child: TS.Node): void => {
      if (isChainTop(ts, child)) {
        const rendered = render(child);
        if (rendered.kind === 'template') {
          out += text.slice(cursor, child.getStart(sourceFile)) + rendered.text;
          cursor = child.getEnd();
          return;
        }
      }
      ts.forEachChild(child, visit);
    };
    ts.forEachChild(node, visit);
    return out + text.slice(cursor, node.getEnd());
  };

  const render = (chain: TS.BinaryExpression): Rendered => {
    const operands = operandsOf(ts, chain);
    const first = operands.findIndex((operand) => isStringy(ts, operand));
    if (first === -1 || operands.every((operand) => isStringy(ts, operand))) return { kind: 'skip' };
    if (chain.getText(sourceFile).includes('\n')) {
      return { kind: 'refused', why: 'it spans several lines (one template would join them; split it by hand)' };
    }
    if (startsStatementAfterOpenLine(ts, sourceFile, chain)) {
      return { kind: 'refused', why: 'a statement starting with a template here would tag the previous line (no semicolon before it)' };
    }
    let enclosing: TS.Node = chain;
    while (!ts.isSourceFile(enclosing)) {
      if (ts.isEnumMember(enclosing) || ts.isLiteralTypeNode(enclosing)) return { kind: 'skip' };
      enclosing = enclosing.parent;
    }
    for (let i = 1; i < operands.length; i++) {
      const gap = text.slice(operands[i - 1]!.getEnd(), operands[i]!.getStart(sourceFile));
      if (!/^\s*\+\s*$/.test(gap)) return { kind: 'refused', why: 'a comment between the operands' };
    }
    const pieces: string[] = [];
    const addText = (piece: string): void => {
      // `'$' + '{'` must not become `${`.
      let previous = pieces[pieces.length - 1];
      // `'a\0' + '1'` must not become the octal escape `\01`.
      if (previous !== undefined && /^[0-9]/.test(piece) && /(^|[^\\])(\\\\)*\\0$/.test(previous)) {
        previous = `${previous.slice(0, -2)}\\x00`;
        pieces[pieces.length - 1] = previous;
      }
      pieces.push(previous?.endsWith('$') && piece.startsWith('{') ? `\\${piece}` : piece);
    };
    const interpolate = (node: TS.Node): void => {
      let inner = node;
      while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
      const rendered = isChainTop(ts, inner) ? render(inner) : undefined;
      pieces.push('${' + (rendered?.kind === 'template' ? rendered.text : renderSpan(inner)) + '}');
    };
    if (first === 1) interpolate(operands[0]!);
    else if (first > 1) {
      // Everything before the first string is added first (maybe numerically): keep it one group.
      let prefix: TS.Expression = chain;
      for (let i = operands.length - 1; i >= first; i--) prefix = (prefix as TS.BinaryExpression).left;
      pieces.push('${' + renderSpan(prefix) + '}');
    }
    for (const operand of operands.slice(first)) {
      if (ts.isStringLiteral(operand)) {
        const raw = text.slice(operand.getStart(sourceFile) + 1, operand.getEnd() - 1);
        const converted = stringToTemplateText(raw);
        if (converted === undefined) return { kind: 'refused', why: 'an octal or \\8/\\9 escape, not allowed in templates' };
        addText(converted);
      } else if (ts.isNoSubstitutionTemplateLiteral(operand) || ts.isTemplateExpression(operand)) {
        const rendered = ts.isTemplateExpression(operand) ? renderSpanOfTemplate(operand) : operand.getText(sourceFile);
        addText(rendered.slice(1, -1));
      } else interpolate(operand);
    }
    return { kind: 'template', text: '`' + pieces.join('') + '`' };
  };

  const renderSpanOfTemplate = (template: TS.TemplateExpression): string => {
    let out = '';
    let cursor = template.getStart(sourceFile);
    for (const span of template.templateSpans) {
      out += text.slice(cursor, span.expression.getStart(sourceFile));
      const expression = span.expression;
      const rendered = isChainTop(ts, expression) ? render(expression) : undefined;
      out += rendered?.kind === 'template' ? rendered.text : renderSpan(expression);
      cursor = expression.getEnd();
    }
    return out + text.slice(cursor, template.getEnd());
  };

  return render;
}

export const pass = definePass({
  id: 'template-literals',
  title: 'String concatenation to template literals',
  description:
    'Rewrites single-line `+` chains that contain a string literal to template literals, keeping JavaScript\'s ' +
    'left-to-right grouping: operands before the first string stay one group (`a + b + \'x\'` becomes `${a + b}x`), ' +
    'parenthesized groups stay together. Backticks and `${` are escaped; quote escapes are dropped. Multi-line ' +
    'chains and all-literal chains are left as they are; chains with comments between operands or with legacy ' +
    'octal escapes are refused with a warning. Note: `\'\' + obj` converts objects via valueOf, `${obj}` via ' +
    'toString; they differ only for objects whose valueOf and toString disagree.',
  needs: 'syntax',
  jsdoc: false,
  match: [/['"`]\s*\+|\+\s*['"`]/],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    const render = createRenderer(ctx);
    const visit = (node: TS.Node): void => {
      if (isChainTop(ts, node)) {
        const rendered = render(node);
        if (rendered.kind === 'template') {
          ctx.edits.replace(node, rendered.text);
          ctx.stat('template-literals');
          return;
        }
        if (rendered.kind === 'refused') ctx.warn(`concatenation left alone: ${rendered.why}`, node);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
