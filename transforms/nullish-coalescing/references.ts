import type { ts as TS } from 'ts-morph';

/**
 * A reference that can be evaluated twice with the same result and no effects (getters aside):
 * an identifier, `this`, and property or literal-keyed element accesses on those.
 */
export function isPureReference(ts: typeof TS, node: TS.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text !== 'undefined';
  if (node.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (ts.isPropertyAccessExpression(node)) return ts.isIdentifier(node.name) && isPureReference(ts, node.expression);
  if (ts.isElementAccessExpression(node)) {
    const key = node.argumentExpression;
    return (ts.isStringLiteral(key) || ts.isNumericLiteral(key)) && isPureReference(ts, node.expression);
  }
  return false;
}

/** Structural equality of two pure references (`a.b['c']` vs `a.b['c']`), optional links included. */
export function sameReference(ts: typeof TS, a: TS.Expression, b: TS.Expression): boolean {
  if (a.kind !== b.kind) return false;
  if (ts.isIdentifier(a)) return a.text === (b as TS.Identifier).text;
  if (a.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (ts.isPropertyAccessExpression(a)) {
    const other = b as TS.PropertyAccessExpression;
    return (
      a.name.text === other.name.text &&
      !!a.questionDotToken === !!other.questionDotToken &&
      sameReference(ts, a.expression, other.expression)
    );
  }
  if (ts.isElementAccessExpression(a)) {
    const other = b as TS.ElementAccessExpression;
    const key = a.argumentExpression;
    const otherKey = other.argumentExpression;
    return (
      key.kind === otherKey.kind &&
      (key as TS.LiteralExpression).text === (otherKey as TS.LiteralExpression).text &&
      !!a.questionDotToken === !!other.questionDotToken &&
      sameReference(ts, a.expression, other.expression)
    );
  }
  return false;
}

/** True when a comment lies in text[start, end) inside `root` (a rewrite of that span would drop it). */
export function hasComment(ts: typeof TS, sourceFile: TS.SourceFile, root: TS.Node, start: number, end: number): boolean {
  const text = sourceFile.text;
  const visit = (node: TS.Node): boolean => {
    if (node.end <= start || node.pos >= end) return false;
    // Comments after a token on the same line count as trailing, others as leading: take both.
    const comments = [...(ts.getLeadingCommentRanges(text, node.pos) ?? []), ...(ts.getTrailingCommentRanges(text, node.pos) ?? [])];
    if (comments.some((comment) => comment.pos >= start && comment.end <= end)) return true;
    return node.getChildren(sourceFile).some(visit);
  };
  return visit(root);
}

/** A short quote of an expression for warnings: its first line, at most 40 characters. */
export function quote(node: TS.Node, sourceFile: TS.SourceFile): string {
  const text = node.getText(sourceFile);
  const line = text.split(/\r?\n/)[0]!;
  return '`' + (line.length > 40 || line !== text ? `${line.slice(0, 40)}...` : line) + '`';
}

/**
 * True when only the truthiness of `node` matters: it is (through parentheses and `&&`/`||`
 * operands) the test of if/while/do/for/?: or the operand of `!`.
 */
export function onlyTruthinessMatters(ts: typeof TS, node: TS.Node): boolean {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (ts.isParenthesizedExpression(parent)) current = parent;
    else if (
      ts.isBinaryExpression(parent) &&
      (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken || parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
    ) {
      current = parent;
    } else {
      if ((ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent)) && parent.expression === current) return true;
      if (ts.isForStatement(parent) && parent.condition === current) return true;
      if (ts.isConditionalExpression(parent) && parent.condition === current) return true;
      return ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken;
    }
  }
}
