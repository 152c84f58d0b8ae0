import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';
import { analyzeScopes, isAssignedExpression, type Reference } from '../var-to-let-const/scope.js';

export const pass = definePass({
  id: 'import-equals-to-import',
  title: 'import x = require() to import * as x',
  description:
    "Rewrites `import x = require('y')` as `import * as x from 'y'` in .ts/.tsx files when `x` is only " +
    'used as a namespace: read through property access (`x.f()`, `x.K`, `x.T` in types). Warns ' +
    'and keeps it when `x` is called, constructed, passed around, re-exported, written through, ' +
    'or used as a type, and for `export import` and .mts/.cts files. Namespace aliases ' +
    '(`import A = B.C`) are not module imports and are left alone.',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: ['require'],
  visit(ctx) {
    const tsApi = ctx.ts;
    const sourceFile = ctx.sourceFile;
    const candidates = sourceFile.statements.filter(
      (statement): statement is ts.ImportEqualsDeclaration =>
        tsApi.isImportEqualsDeclaration(statement) && tsApi.isExternalModuleReference(statement.moduleReference),
    );
    if (candidates.length === 0) return;
    if (!/\.tsx?$/i.test(ctx.path) || sourceFile.isDeclarationFile) {
      for (const statement of candidates) {
        ctx.warn(
          'kept import = require(): only .ts/.tsx files are converted (in .mts/.cts the two forms load modules differently)',
          statement,
        );
      }
      return;
    }
    const scopes = analyzeScopes(sourceFile, tsApi);
    for (const statement of candidates) {
      const reason = refusal(ctx, statement, scopes.root.bindings.get(statement.name.text)?.references ?? []);
      if (reason) {
        ctx.warn(`kept \`import ${statement.name.text} = require()\`: ${reason}`, statement);
        continue;
      }
      const specifier = (statement.moduleReference as ts.ExternalModuleReference).expression;
      const typeOnly = statement.isTypeOnly ? 'type ' : '';
      const replacement = `import ${typeOnly}* as ${statement.name.text} from ${specifier.getText(sourceFile)};`;
      const start = statement.getStart(sourceFile);
      if (/\/[/*]/.test(ctx.text.slice(start, statement.end))) {
        ctx.warn(`kept \`import ${statement.name.text} = require()\`: comments inside the statement would be lost`, statement);
        continue;
      }
      const hasSemicolon = ctx.text.slice(start, statement.end).trimEnd().endsWith(';');
      ctx.edits.replaceRange(start, statement.end, hasSemicolon ? replacement : replacement.slice(0, -1));
      ctx.stat('require imports rewritten');
    }
  },
});

export default pass;

function refusal(ctx: FileContext, statement: ts.ImportEqualsDeclaration, references: readonly Reference[]): string | undefined {
  const tsApi = ctx.ts;
  if (tsApi.getModifiers(statement)?.some((modifier) => modifier.kind === tsApi.SyntaxKind.ExportKeyword)) {
    return '`export import` re-exports the binding; left as written';
  }
  if (!tsApi.isStringLiteralLike((statement.moduleReference as ts.ExternalModuleReference).expression)) {
    return 'the module specifier is not a string literal';
  }
  for (const reference of references) {
    const use = describeNonNamespaceUse(reference.node, tsApi);
    if (use) return `\`${statement.name.text}\` is ${use} (line ${lineOf(ctx, reference.node)}); a namespace import cannot be`;
  }
  const typeUse = findTypeReference(ctx.sourceFile, statement.name.text, tsApi);
  if (typeUse) return `\`${statement.name.text}\` is used as a type (line ${lineOf(ctx, typeUse)})`;
  return undefined;
}

function lineOf(ctx: FileContext, node: ts.Node): number {
  return ctx.sourceFile.getLineAndCharacterOfPosition(node.getStart(ctx.sourceFile)).line + 1;
}

/** Undefined for a read of a member (`x.a`, `x['a']`, `typeof x.a`); else what the use is. */
function describeNonNamespaceUse(node: ts.Identifier, tsApi: typeof ts): string | undefined {
  const parent = node.parent;
  if (tsApi.isQualifiedName(parent) && parent.left === node) return undefined;
  const member =
    (tsApi.isPropertyAccessExpression(parent) && parent.expression === node) ||
    (tsApi.isElementAccessExpression(parent) && parent.expression === node && tsApi.isStringLiteralLike(parent.argumentExpression));
  if (!member) {
    if ((tsApi.isCallExpression(parent) || tsApi.isNewExpression(parent)) && parent.expression === node) {
      return tsApi.isNewExpression(parent) ? 'constructed with new' : 'called';
    }
    return 'used as a value';
  }
  if (isAssignedExpression(parent, tsApi) || tsApi.isDeleteExpression(parent.parent)) return 'written through';
  return undefined;
}

/** `let a: x` or `x<T>` in a type: the namespace form has no type of that name. */
function findTypeReference(sourceFile: ts.SourceFile, name: string, tsApi: typeof ts): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (tsApi.isTypeReferenceNode(node) && tsApi.isIdentifier(node.typeName) && node.typeName.text === name) found = node;
    else if (tsApi.isExpressionWithTypeArguments(node) && tsApi.isIdentifier(node.expression) && node.expression.text === name) {
      found = node;
    } else tsApi.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
