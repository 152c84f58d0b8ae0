import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';
import { bindThisCall, boundName, constructedNames, hasDuplicateParameters, isExported, ownBindingUse, skipParens } from './function-facts.js';

export const pass = definePass({
  id: 'arrow-functions',
  title: 'Function expressions to arrow functions',
  description:
    'Rewrites anonymous function expressions as arrow functions (async kept, block body kept), and ' +
    '`function () {...}.bind(this)` to the arrow alone (its `this` is already the enclosing one). ' +
    'Leaves alone generators and functions that use this, arguments, super or new.target (counted, ' +
    'not warned), and warns about named function expressions (the name is observable), values ' +
    'reachable from other modules (module.exports, exports.x, export), functions the file constructs ' +
    'with new or whose prototype it touches (by name), capitalized names, and `this` parameters.',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: ['function'],
  visit(ctx) {
    const tsApi = ctx.ts;
    const sourceFile = ctx.sourceFile;
    let constructed: Set<string> | undefined;
    const visit = (node: ts.Node): void => {
      if (tsApi.isFunctionExpression(node)) {
        constructed ??= constructedNames(sourceFile, tsApi);
        convert(ctx, node, constructed);
      }
      tsApi.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;

function convert(ctx: FileContext, fn: ts.FunctionExpression, constructed: Set<string>): void {
  const tsApi = ctx.ts;
  if (fn.asteriskToken) {
    ctx.stat('functions kept: generator');
    return;
  }
  const bound = bindThisCall(fn, tsApi);
  const use = ownBindingUse(fn, tsApi, { thisIsLexical: bound !== undefined });
  if (use && bound) {
    ctx.warn(`kept function expression: it is bound with .bind(this) but uses \`${use}\`, which an arrow does not have`, fn);
    return;
  }
  if (use) {
    ctx.stat(`functions kept: uses ${use}`);
    return;
  }
  // The bind call is what the surrounding code sees (stores, exports, constructs).
  const value = bound ?? fn;
  const refusal = refusalReason(ctx, fn, value, constructed);
  if (refusal) {
    ctx.warn(`kept function expression: ${refusal}`, fn);
    return;
  }
  const sourceFile = ctx.sourceFile;
  const text = ctx.text;
  const isAsync = tsApi.getModifiers(fn)?.some((modifier) => modifier.kind === tsApi.SyntaxKind.AsyncKeyword) ?? false;
  const headerStart = fn.typeParameters ? fn.typeParameters.pos - 1 : openParenOf(fn, ctx);
  const start = fn.getStart(sourceFile);
  if (/\/[/*]/.test(text.slice(start, headerStart))) {
    ctx.warn('kept function expression: a comment sits between `function` and its parameters', fn);
    return;
  }
  const header = text.slice(headerStart, fn.body.getStart(sourceFile)).trim();
  const arrow = `${isAsync ? 'async ' : ''}${header} => `;
  const parens = needsParens(value, tsApi);
  if (bound) {
    // `(function () {...}).bind(this)`: from the call's start to the body, and the tail after it.
    const tail = text.slice(fn.body.getEnd(), bound.getEnd());
    if (/\/[/*]/.test(tail) || /\/[/*]/.test(text.slice(bound.getStart(sourceFile), start))) {
      ctx.warn('kept function expression: a comment inside the .bind(this) call', fn);
      return;
    }
    ctx.edits.replaceRange(bound.getStart(sourceFile), fn.body.getStart(sourceFile), `${parens ? '(' : ''}${arrow}`);
    ctx.edits.replaceRange(fn.body.getEnd(), bound.getEnd(), parens ? ')' : '');
    ctx.stat('arrow functions: .bind(this) dropped');
    return;
  }
  if (parens) {
    ctx.edits.replaceRange(start, fn.body.getStart(sourceFile), `(${arrow}`);
    ctx.edits.insertAfter(fn.end, ')');
  } else {
    ctx.edits.replaceRange(start, fn.body.getStart(sourceFile), arrow);
  }
  ctx.stat('arrow functions');
}

function refusalReason(ctx: FileContext, fn: ts.FunctionExpression, value: ts.Expression, constructed: Set<string>): string | undefined {
  const tsApi = ctx.ts;
  if (fn.name) return `it is named \`${fn.name.text}\` (the name is visible in .name, stack traces and inside the body)`;
  const first = fn.parameters[0];
  if (first && tsApi.isIdentifier(first.name) && first.name.text === 'this') return 'it declares a `this` parameter';
  if (hasDuplicateParameters(fn, tsApi)) return 'it repeats a parameter name (an error in arrow functions)';
  const outer = skipParens(value, tsApi);
  if (tsApi.isNewExpression(outer.parent)) return 'it is called with new';
  if (isExported(value, tsApi)) return 'it is exported, and other modules may call it with new';
  const name = boundName(value, tsApi);
  if (name && constructed.has(name)) return `\`${name}\` is used with new or .prototype in this file`;
  if (name && /^[A-Z]/.test(name)) return `\`${name}\` is capitalized, so probably a constructor`;
  if (fn.typeParameters && ctx.sourceFile.languageVariant === tsApi.LanguageVariant.JSX) {
    return 'a generic arrow in a .tsx file would read as JSX';
  }
  return undefined;
}

function openParenOf(fn: ts.FunctionExpression, ctx: FileContext): number {
  const text = ctx.text;
  // Between `function` (or its name) and the parameters there are only trivia and `*`.
  const searchFrom = fn.name ? fn.name.end : fn.getStart(ctx.sourceFile);
  const scanner = ctx.ts.createScanner(ctx.ts.ScriptTarget.Latest, true, ctx.ts.LanguageVariant.Standard, text);
  scanner.resetTokenState(searchFrom);
  for (let token = scanner.scan(); token !== ctx.ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ctx.ts.SyntaxKind.OpenParenToken) return scanner.getTokenStart();
  }
  return fn.parameters.pos - 1;
}

/** An arrow is an assignment-level expression; a function expression is primary. */
function needsParens(fn: ts.Expression, tsApi: typeof ts): boolean {
  const parent = fn.parent;
  if (
    tsApi.isParenthesizedExpression(parent) ||
    tsApi.isVariableDeclaration(parent) ||
    tsApi.isPropertyAssignment(parent) ||
    tsApi.isPropertyDeclaration(parent) ||
    tsApi.isParameter(parent) ||
    tsApi.isBindingElement(parent) ||
    tsApi.isArrayLiteralExpression(parent) ||
    tsApi.isSpreadElement(parent) ||
    tsApi.isReturnStatement(parent) ||
    tsApi.isThrowStatement(parent) ||
    tsApi.isExportAssignment(parent) ||
    tsApi.isJsxExpression(parent) ||
    tsApi.isTemplateSpan(parent) ||
    tsApi.isArrowFunction(parent) ||
    tsApi.isYieldExpression(parent) ||
    tsApi.isShorthandPropertyAssignment(parent)
  ) {
    return false;
  }
  if ((tsApi.isCallExpression(parent) || tsApi.isNewExpression(parent)) && parent.expression !== fn) return false;
  if (tsApi.isConditionalExpression(parent)) return parent.condition === fn;
  if (tsApi.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    if (operator === tsApi.SyntaxKind.CommaToken) return false;
    const assignment = operator >= tsApi.SyntaxKind.FirstAssignment && operator <= tsApi.SyntaxKind.LastAssignment;
    return !(assignment && parent.right === fn);
  }
  return true;
}
