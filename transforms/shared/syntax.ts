import type { ts as TS } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';

/**
 * Small syntax helpers several built-in passes share. Not a pass: transforms/index.ts does not
 * list this folder.
 */

/** Whether a directive prologue (the leading string statements) holds "use strict". */
export function hasUseStrictDirective(ts: typeof TS, statements: readonly TS.Statement[]): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === 'use strict') return true;
  }
  return false;
}

/** Any identifier with this text below `root` (property names included: conservative). */
export function containsIdentifier(ts: typeof TS, root: TS.Node, name: string): boolean {
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && node.text === name) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/**
 * Removes a statement: its whole line when it stands alone there, else just the statement and
 * the blanks after it, so a trailing comment stays on its line.
 */
export function removeStatementLine(ctx: FileContext, statement: TS.Statement): void {
  const { text, sourceFile } = ctx;
  const start = statement.getStart(sourceFile);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', statement.getEnd());
  const alone =
    /^[ \t]*$/.test(text.slice(lineStart, start)) && lineEnd !== -1 && /^[ \t\r]*$/.test(text.slice(statement.getEnd(), lineEnd));
  if (alone) {
    ctx.edits.replaceRange(lineStart, lineEnd + 1, '');
    return;
  }
  const gap = /^[ \t]*/.exec(text.slice(statement.getEnd()))![0].length;
  ctx.edits.replaceRange(start, statement.getEnd() + gap, '');
}
