import type { ts as TS } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';
import type { TextEdit } from '../shared/text-edit.js';

/** `require('x')` with a plain string: the only form `import = require()` can say. */
function requiredLiteral(ts: typeof TS, node: TS.Expression | undefined): TS.StringLiteral | undefined {
  if (!node || !ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'require') return undefined;
  const [argument] = node.arguments;
  return node.arguments.length === 1 && argument && ts.isStringLiteral(argument) ? argument : undefined;
}

/** `module.exports = value;` as a top-level statement, or undefined. */
function moduleExportsValue(ts: typeof TS, statement: TS.Statement): TS.Expression | undefined {
  if (!ts.isExpressionStatement(statement)) return undefined;
  const expression = statement.expression;
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const target = expression.left;
  const isModuleExports = ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression) && target.expression.text === 'module' && target.name.text === 'exports';
  return isModuleExports ? expression.right : undefined;
}

/** Every use of `exports` or `module.exports` other than the one assignment being converted. */
function otherExportUses(ts: typeof TS, sourceFile: TS.SourceFile, converted: TS.Statement | undefined): number {
  let uses = 0;
  const visit = (node: TS.Node): void => {
    if (node === converted) return;
    if (ts.isIdentifier(node) && node.text === 'exports' && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node && !isModule(ts, node.parent))) uses++;
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return uses;
}

function isModule(ts: typeof TS, access: TS.PropertyAccessExpression): boolean {
  return ts.isIdentifier(access.expression) && access.expression.text === 'module';
}

/** `exports.name = value;` (or `module.exports.name = value;`) as a top-level statement. */
function namedExport(ts: typeof TS, statement: TS.Statement): { name: string; value: TS.Expression } | undefined {
  if (!ts.isExpressionStatement(statement)) return undefined;
  const expression = statement.expression;
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const target = expression.left;
  if (!ts.isPropertyAccessExpression(target)) return undefined;
  const object = target.expression;
  const isExports = (ts.isIdentifier(object) && object.text === 'exports') || (ts.isPropertyAccessExpression(object) && isModule(ts, object) && object.name.text === 'exports');
  return isExports ? { name: target.name.text, value: expression.right } : undefined;
}

/**
 * `exports.a = …` statements as `export const a = …` (tsc emits `exports.a` again under
 * CommonJS): without an import or export TypeScript treats the file as a script, which nothing
 * can import. Only when every use of `exports` is one of these, each name assigned once and not
 * declared otherwise; else nothing.
 */
function namedExports(ts: typeof TS, sourceFile: TS.SourceFile): TextEdit[] {
  const found = sourceFile.statements.flatMap((statement) => {
    const named = namedExport(ts, statement);
    return named ? [{ statement, ...named }] : [];
  });
  if (found.length === 0 || new Set(found.map((entry) => entry.name)).size !== found.length) return [];
  let uses = 0;
  const visit = (node: TS.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'exports') uses++;
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  const declared = new Set(sourceFile.statements.flatMap((statement) => (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name ? [statement.name.text] : ts.isVariableStatement(statement) ? statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : [])) : []));
  if (uses !== found.length || found.some((entry) => declared.has(entry.name))) return [];
  return found.map(({ statement, name, value }) => {
    const semicolon = statement.getText(sourceFile).trimEnd().endsWith(';') ? ';' : '';
    return { start: statement.getStart(sourceFile), end: statement.getEnd(), text: `export const ${name} = ${value.getText(sourceFile)}${semicolon}` };
  });
}

/**
 * CommonJS kept as CommonJS, in TypeScript's own forms: a top-level `const x = require('y')`
 * becomes `import x = require('y')` (typed from the target), a top-level `module.exports = v`
 * becomes `export = v` when the file uses no other exports, and a file that only assigns
 * `exports.a = …` gets `export const a = …`. Everything else stays as written.
 */
export function keepCommonjs(ctx: FileContext): void {
  const { ts, sourceFile } = ctx;
  const edits: TextEdit[] = [];
  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
      const declaration = statement.declarationList.declarations[0]!;
      const literal = requiredLiteral(ts, declaration.initializer);
      if (literal && ts.isIdentifier(declaration.name) && !declaration.type) {
        const semicolon = statement.getText(sourceFile).trimEnd().endsWith(';') ? ';' : '';
        edits.push({ start: statement.getStart(sourceFile), end: statement.getEnd(), text: `import ${declaration.name.text} = require(${literal.getText(sourceFile)})${semicolon}` });
      }
      continue;
    }
    const value = moduleExportsValue(ts, statement);
    if (value) {
      if (otherExportUses(ts, sourceFile, statement) > 0) {
        ctx.warn('module.exports kept: the file also uses `exports` (TypeScript allows `export =` only as the one export)', statement);
        continue;
      }
      const semicolon = statement.getText(sourceFile).trimEnd().endsWith(';') ? ';' : '';
      edits.push({ start: statement.getStart(sourceFile), end: statement.getEnd(), text: `export = ${value.getText(sourceFile)}${semicolon}` });
    }
  }
  if (!edits.some((edit) => edit.text.startsWith('export ='))) edits.push(...namedExports(ts, sourceFile));
  for (const edit of edits) ctx.edits.replaceRange(edit.start, edit.end, edit.text);
  if (edits.length > 0) ctx.stat('CommonJS statements typed', edits.length);
}
