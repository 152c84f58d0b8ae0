import type { ts as TS } from 'ts-morph';
import { nodeAt } from './explicit-any.js';

/**
 * The diagnostic's first line, fit for a one-line comment (no comment terminators, not too long),
 * paths relative to the root: the comment stays in the code, the machine it ran on does not.
 */
export function commentMessage(ts: typeof TS, diagnostic: TS.Diagnostic, root: string): string {
  const flat = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0]!;
  const message = (root ? flat.split(`${root}/`).join('') : flat).replace(/\*\//g, '* /').trim();
  return message.length > 120 ? `${message.slice(0, 117)}...` : message;
}

/** Whether the line's first code sits among a JSX element's children, where `//` would be text. */
function inJsxChildren(ts: typeof TS, sourceFile: TS.SourceFile, position: number): boolean {
  for (let node: TS.Node | undefined = nodeAt(ts, sourceFile, position); node && node !== sourceFile; node = node.parent) {
    // A closing tag's line lies among the children too (`</p>` after the last child).
    if (ts.isJsxText(node) || ts.isJsxClosingElement(node) || ts.isJsxClosingFragment(node)) return true;
    const parent = node.parent;
    if (parent && (ts.isJsxElement(parent) || ts.isJsxFragment(parent)) && parent.children.includes(node as TS.JsxChild)) return true;
    if (node.getStart(sourceFile) < position) return false;
  }
  return false;
}

export interface CommentPlan {
  readonly position: number;
  readonly text: string;
}

/**
 * A `// @ts-expect-error <message>` line above the diagnostic's line, indented like it, or
 * `{/* @ts-expect-error <message> *\/}` among JSX children. Undefined when the line starts inside
 * a multi-line string or template, where a new line would change the value.
 */
export function expectErrorComment(ts: typeof TS, sourceFile: TS.SourceFile, diagnostic: TS.Diagnostic, root: string): CommentPlan | undefined {
  const { line } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start!);
  const lineStart = sourceFile.getPositionOfLineAndCharacter(line, 0);
  const indent = /^[ \t]*/.exec(sourceFile.text.slice(lineStart))![0];
  const first = lineStart + indent.length;
  const token = nodeAt(ts, sourceFile, first);
  const literal = ts.isStringLiteralLike(token) || ts.isTemplateLiteralToken(token) || token.kind === ts.SyntaxKind.TemplateExpression;
  if (literal && token.getStart(sourceFile) < lineStart) return undefined;
  const message = commentMessage(ts, diagnostic, root);
  const newline = sourceFile.text.includes('\r\n') ? '\r\n' : '\n';
  const comment = inJsxChildren(ts, sourceFile, first) ? `{/* @ts-expect-error ${message} */}` : `// @ts-expect-error ${message}`;
  return { position: lineStart, text: `${indent}${comment}${newline}` };
}
