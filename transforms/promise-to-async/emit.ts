import type { ts as TS } from 'ts-morph';

/** An insertion into the original text while a range of it is re-rendered. */
export interface Insert {
  readonly at: number;
  readonly text: string;
}

/** Leading whitespace of the line holding `position`. */
export function lineIndent(text: string, position: number): string {
  const start = text.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** True when only whitespace precedes `position` on its line. */
export function startsLine(text: string, position: number): boolean {
  const start = text.lastIndexOf('\n', position - 1) + 1;
  return text.slice(start, position).trim() === '';
}

/**
 * The file's indentation unit: a tab, or the smallest run of two or more leading spaces on a code
 * line (2 if none). Lines of block comments (` * text`) and single-space continuations do not count.
 */
export function indentUnit(text: string): string {
  let smallest = Infinity;
  for (const match of text.matchAll(/\n([ \t]+)([^\s*])/g)) {
    const indent = match[1]!;
    if (indent.startsWith('\t')) return '\t';
    if (indent.length >= 2) smallest = Math.min(smallest, indent.length);
  }
  return ' '.repeat(Number.isFinite(smallest) ? smallest : 2);
}

/** Start offsets of string and template pieces: lines beginning inside them keep their bytes. */
export function literalRanges(ts: typeof TS, root: TS.Node, sourceFile: TS.SourceFile): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const walk = (node: TS.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      ranges.push([node.getStart(sourceFile), node.getEnd()]);
    }
    ts.forEachChild(node, walk);
  };
  walk(root);
  return ranges;
}

/**
 * Renders text[start, end) as lines moved from indentation `from` to `to`: each line after the first
 * that begins with `from` gets `to` instead (lines inside string or template literals are kept
 * byte for byte). `inserts` are spliced in at their offsets.
 */
export function renderRange(
  text: string,
  start: number,
  end: number,
  indent: { readonly from: string; readonly to: string },
  inserts: readonly Insert[],
  literals: ReadonlyArray<[number, number]>,
): string {
  const sorted = inserts.filter((insert) => insert.at >= start && insert.at <= end).sort((a, b) => a.at - b.at);
  let out = '';
  let cursor = start;
  const copy = (until: number): void => {
    while (sorted.length > 0 && sorted[0]!.at <= until) {
      const insert = sorted.shift()!;
      out += text.slice(cursor, insert.at) + insert.text;
      cursor = insert.at;
    }
    out += text.slice(cursor, until);
    cursor = until;
  };
  for (let newline = text.indexOf('\n', start); newline !== -1 && newline < end; newline = text.indexOf('\n', newline + 1)) {
    copy(newline + 1);
    const lineStart = newline + 1;
    if (literals.some(([from, to]) => lineStart > from && lineStart < to)) continue;
    const rest = text.slice(lineStart, Math.min(end, text.indexOf('\n', lineStart) === -1 ? end : text.indexOf('\n', lineStart)));
    if (rest.trim() === '') {
      cursor = lineStart + (/^[ \t]*/.exec(rest)![0].length);
      continue;
    }
    if (text.startsWith(indent.from, lineStart)) {
      out += indent.to;
      cursor = lineStart + indent.from.length;
    }
  }
  copy(end);
  return out;
}

/** `await` binds tighter than most operators: wrap anything that is not a simple operand. */
export function needsParensUnderAwait(ts: typeof TS, node: TS.Expression): boolean {
  return !(
    ts.isIdentifier(node) ||
    ts.isCallExpression(node) ||
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isObjectLiteralExpression(node) ||
    ts.isArrayLiteralExpression(node) ||
    ts.isNewExpression(node) ||
    ts.isLiteralExpression(node) ||
    ts.isTemplateExpression(node) ||
    ts.isTaggedTemplateExpression(node) ||
    ts.isAwaitExpression(node) ||
    ts.isNonNullExpression(node) ||
    node.kind === ts.SyntaxKind.ThisKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword
  );
}
