import type { ts } from 'ts-morph';
import { definePass } from '../../src/core/pass.js';

export const pass = definePass({
  id: 'multi-var',
  title: 'One declaration per statement',
  description:
    'Splits `var a = 1, b = 2;` (and let/const) into one statement per declarator, keeping the ' +
    'modifiers, indentation, semicolon style and comments. Leaves `for (...)` heads alone, and ' +
    'declarations that are the unbraced body of if/else/loops (splitting would change what runs).',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: [','],
  visit(ctx) {
    const tsApi = ctx.ts;
    const sourceFile = ctx.sourceFile;
    const text = ctx.text;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const scanner = tsApi.createScanner(tsApi.ScriptTarget.Latest, true, tsApi.LanguageVariant.Standard, text);

    const split = (statement: ts.VariableStatement): void => {
      const list = statement.declarationList;
      const declarations = list.declarations;
      const container = statement.parent;
      if (!isStatementList(container, tsApi)) {
        ctx.warn('kept multiple declarators: the statement is the unbraced body of another statement', statement);
        return;
      }
      const start = statement.getStart(sourceFile);
      const keywordStart = list.getStart(sourceFile);
      scanner.resetTokenState(keywordStart);
      scanner.scan();
      const prefix = `${text.slice(start, scanner.getTokenEnd())} `;
      const terminator = text.slice(0, statement.end).endsWith(';') ? ';' : '';
      const indent = indentAt(text, start);
      for (let index = 0; index + 1 < declarations.length; index++) {
        const current = declarations[index]!;
        const next = declarations[index + 1]!;
        scanner.resetTokenState(current.end);
        const token = scanner.scan();
        if (token !== tsApi.SyntaxKind.CommaToken) return;
        const commaStart = scanner.getTokenStart();
        const commaEnd = scanner.getTokenEnd();
        const nextStart = next.getStart(sourceFile);
        const sameLine: string[] = [];
        const ownLine: string[] = [];
        const inline: string[] = [];
        const breaksLine = /\n/.test(text.slice(commaEnd, nextStart));
        // Comments on the comma's line stay on the first statement's line; the parser calls them trailing.
        for (const range of tsApi.getTrailingCommentRanges(text, commaEnd) ?? []) {
          (breaksLine ? sameLine : inline).push(text.slice(range.pos, range.end));
        }
        for (const range of tsApi.getLeadingCommentRanges(text, commaEnd) ?? []) {
          (range.hasTrailingNewLine ? ownLine : inline).push(text.slice(range.pos, range.end));
        }
        let replacement = terminator;
        if (sameLine.length > 0) replacement += ` ${sameLine.join(' ')}`;
        for (const comment of ownLine) replacement += `${eol}${indent}${comment}`;
        replacement += `${eol}${indent}${prefix}`;
        if (inline.length > 0) replacement += `${inline.join(' ')} `;
        ctx.edits.replaceRange(commaStart, nextStart, replacement);
        ctx.stat('declarations split');
      }
    };

    const visit = (node: ts.Node): void => {
      if (tsApi.isVariableStatement(node) && node.declarationList.declarations.length > 1) split(node);
      tsApi.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;

function isStatementList(node: ts.Node, tsApi: typeof ts): boolean {
  return (
    tsApi.isBlock(node) ||
    tsApi.isSourceFile(node) ||
    tsApi.isModuleBlock(node) ||
    tsApi.isCaseClause(node) ||
    tsApi.isDefaultClause(node)
  );
}

function indentAt(text: string, position: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', position - 1) + 1, 0);
  const match = /^[ \t]*/.exec(text.slice(lineStart, position));
  return match ? match[0] : '';
}
