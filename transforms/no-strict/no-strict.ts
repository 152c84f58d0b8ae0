import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';
import { moduleKindOf, SOURCE_TYPE_OPTION, type SourceType } from '../shared/module-kind.js';

export const pass = definePass<{ sourceType: SourceType }>({
  id: 'no-strict',
  title: "Remove 'use strict' from ES modules",
  description:
    "Removes `'use strict'` directives (file and function prologues) from ES modules, which are " +
    'always strict: files with import/export syntax or import.meta, .mjs/.mts files, and .js files under a ' +
    'package.json with "type": "module" (see the sourceType option). Never ' +
    'touches scripts or CommonJS (.cjs/.cts, require, import = require, export =), where the ' +
    'directive changes semantics. Comments around the directive are kept.',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: ['use strict'],
  options: { sourceType: SOURCE_TYPE_OPTION },
  visit(ctx) {
    const tsApi = ctx.ts;
    const sourceFile = ctx.sourceFile;
    if (/\.c[jt]s$/i.test(ctx.path)) return;
    if (moduleKindOf(sourceFile, tsApi, ctx.options.sourceType) !== 'esm') return;
    const visit = (node: ts.Node): void => {
      if (tsApi.isSourceFile(node) || (tsApi.isBlock(node) && tsApi.isFunctionLike(node.parent))) {
        for (const statement of node.statements) {
          if (!isDirective(statement, tsApi)) break;
          if (/^(['"])use strict\1$/.test(statement.expression.getText(sourceFile))) remove(ctx, statement);
        }
      }
      tsApi.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;

function isDirective(statement: ts.Statement, tsApi: typeof ts): statement is ts.ExpressionStatement & { expression: ts.StringLiteral } {
  return tsApi.isExpressionStatement(statement) && tsApi.isStringLiteral(statement.expression);
}

/** Removes the directive's line when it stands alone on it, else just the statement. */
function remove(ctx: FileContext, statement: ts.Statement): void {
  const text = ctx.text;
  const start = statement.getStart(ctx.sourceFile);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const afterLine = /^[ \t]*(\r?\n|$)/.exec(text.slice(statement.end));
  if (!/^[ \t]*$/.test(text.slice(lineStart, start)) || !afterLine) {
    const trailing = /^[ \t]*/.exec(text.slice(statement.end))![0].length;
    ctx.edits.replaceRange(start, statement.end + trailing, '');
    ctx.stat('use strict removed');
    return;
  }
  let end = statement.end + afterLine[0].length;
  // At the very top of the file (after a shebang at most), drop the blank line that followed too.
  const before = text.slice(0, lineStart);
  const blank = /^[ \t]*\r?\n/.exec(text.slice(end));
  if (blank && (before === '' || /^#![^\n]*\n$/.test(before))) end += blank[0].length;
  ctx.edits.replaceRange(lineStart, end, '');
  ctx.stat('use strict removed');
}
