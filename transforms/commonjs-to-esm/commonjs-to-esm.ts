import { existsSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';
import { collectExportRefs, planExports, type TextEdit } from './exports.js';
import { freshName, indexNames, isNameUse, topStatementOf, type NameIndex } from './names.js';
import { namedExportsKnown } from './known-exports.js';
import { compilesToCommonjs, directoryEntry } from './module-files.js';
import { assignedRequireProblem, declaredImport, isUnconditional, renderImport, requiredSpecifier, type DeclaredImport } from './requires.js';

type TS = typeof ts;

// A type alias, not an interface: it must fit OptionValues (string index) to join builtinPasses.
export type CommonjsToEsmOptions = {
  dirname: 'url' | 'import-meta';
  addExtensions: boolean;
  interopDefault: boolean;
  namedImports: 'known' | 'relative' | 'always';
  commonjsRuntime: 'no' | 'auto';
};

const WRAPPER_NAMES = ['require', 'module', 'exports', '__dirname', '__filename'];

/** Why the whole file is left alone, or undefined when it may be converted. */
function fileRefusal(t: TS, sourceFile: ts.SourceFile, names: NameIndex): { reason: string; at?: ts.Node } | undefined {
  for (const name of WRAPPER_NAMES) {
    const declaration = names.declared.get(name)?.[0];
    if (declaration) return { reason: `\`${name}\` is declared in this file (it shadows the CommonJS wrapper's)`, at: declaration };
  }
  let found: { reason: string; at?: ts.Node } | undefined;
  // Arrow functions keep the module's `this` but have their own `return`.
  const visit = (node: ts.Node, inArrow: boolean): void => {
    if (found || t.isFunctionDeclaration(node) || t.isFunctionExpression(node) || t.isClassLike(node)) return;
    if (t.isMethodDeclaration(node) || t.isAccessor(node) || t.isConstructorDeclaration(node)) return;
    if (t.isReturnStatement(node) && !inArrow) found = { reason: 'top-level `return` is not allowed in a module', at: node };
    else if (node.kind === t.SyntaxKind.ThisKeyword) found = { reason: 'top-level `this` is `module.exports` in CommonJS but undefined in ESM', at: node };
    else t.forEachChild(node, (child) => visit(child, inArrow || t.isArrowFunction(node)));
  };
  visit(sourceFile, false);
  return found;
}

/** The specifier text to write: same quotes, `.js` added when asked and the file exists. */
function specifierText(ctx: FileContext<CommonjsToEsmOptions>, literal: ts.Node, specifier: string): string {
  const quote = literal.getText(ctx.sourceFile).startsWith('"') ? '"' : "'";
  let target = specifier;
  if (ctx.options.addExtensions && /^\.\.?\//.test(specifier) && !/\.(m?js|cjs|json|node)$/i.test(specifier)) {
    const base = resolve(dirname(ctx.path), specifier);
    const entry = existsSync(base) && statSync(base).isDirectory() ? directoryEntry(base) : undefined;
    if (!/\/$/.test(specifier) && existsSync(`${base}.js`)) target = `${specifier}.js`;
    else if (entry) target = `${specifier.replace(/\/$/, '')}/${entry}`;
    else ctx.warn(`no \`${specifier}.js\` next to this file; the specifier is left without an extension`, literal);
  }
  return `${quote}${target.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`)}${quote}`;
}

function isDirective(t: TS, statement: ts.Statement): boolean {
  return t.isExpressionStatement(statement) && t.isStringLiteral(statement.expression);
}

export const pass = definePass<CommonjsToEsmOptions>({
  id: 'commonjs-to-esm',
  title: 'CommonJS require/exports to ES module import/export',
  description:
    'Turns top-level require() into import declarations and module.exports/exports.x into export ' +
    'declarations, and __dirname/__filename into import.meta forms. Conditional or dynamic require() ' +
    'calls stay, served by a createRequire prelude. Refuses the whole file when it shadows require, ' +
    'module or exports, uses top-level this or return, or uses the exports object in ways ESM cannot express.',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: ['require', 'exports', '__dirname', '__filename'],
  options: {
    dirname: {
      type: 'string',
      choices: ['url', 'import-meta'],
      default: 'url',
      description: "'url': a fileURLToPath(import.meta.url) prelude (any Node with ESM); 'import-meta': import.meta.dirname/filename (Node >= 20.11)",
    },
    addExtensions: {
      type: 'boolean',
      default: false,
      description: 'Append .js (or /index.js) to extensionless relative specifiers when that file exists',
    },
    namedImports: {
      type: 'string',
      choices: ['known', 'relative', 'always'],
      default: 'known',
      description:
        "When destructured/member requires become named imports: 'known' (the target's named exports are known: a builtin, an ES module, or a CommonJS file whose names Node's export detection finds; else a default import and a destructuring line), 'relative' (relative paths and builtins) or 'always'",
    },
    commonjsRuntime: {
      type: 'string',
      choices: ['no', 'auto'],
      default: 'no',
      description:
        "'auto': in a TypeScript file that compiles back to CommonJS (NodeNext, a package without \"type\": \"module\"), leave conditional require() and __dirname/__filename as they are (they exist at run time there) instead of import.meta preludes, which CommonJS output cannot run, and write `module.exports = value` as `export = value` (compiled back to module.exports, so require() returns the value, not { default: value }) (js-to-ts sets it)",
    },
    interopDefault: {
      type: 'boolean',
      default: true,
      description: 'With named exports, also export a default object of them so `import x from` (what require() becomes) keeps working',
    },
  },
  visit(ctx) {
    const t = ctx.ts;
    const sourceFile = ctx.sourceFile;
    if (/\.c[jt]s$/i.test(ctx.path)) return; // .cjs/.cts are CommonJS by extension; ESM syntax there is an error.
    const names = indexNames(t, sourceFile);
    const refusal = fileRefusal(t, sourceFile, names);
    if (refusal) {
      ctx.warn(`file left as CommonJS: ${refusal.reason}`, refusal.at);
      return;
    }
    const refs = collectExportRefs(t, sourceFile);
    if (!Array.isArray(refs)) {
      ctx.warn(`file left as CommonJS: ${refs.refuse}`, refs.at);
      return;
    }
    const taken = new Set(names.mentioned);
    // `export =` is TypeScript's; where tsc emits CommonJS it keeps what require() returns.
    const exportAssignment = ctx.options.commonjsRuntime === 'auto' && /\.[cm]?tsx?$/.test(ctx.path) && compilesToCommonjs(ctx.path);
    const plan = planExports(t, sourceFile, refs, names, taken, { interopDefault: ctx.options.interopDefault, exportAssignment });
    if (plan.kind === 'refuse') {
      ctx.warn(`file left as CommonJS: ${plan.reason}`, plan.at);
      return;
    }

    const edits: TextEdit[] = [...plan.edits];
    const replace = (node: ts.Node, text: string): void => {
      edits.push({ start: node.getStart(sourceFile), end: node.getEnd(), text });
    };
    // Node offers named exports of a CommonJS package only where its static analysis finds them
    // (`import { Buffer } from 'safer-buffer'` fails); the default import always works.
    const unknownNamed = new Set<string>();
    const namedOk = (specifier: string, imported: readonly string[]): boolean => {
      const mode = ctx.options.namedImports;
      const ok = mode === 'always' || (mode === 'relative' ? /^\.\.?\//.test(specifier) || isBuiltin(specifier) : namedExportsKnown(t, ctx.path, specifier, imported));
      if (!ok) unknownNamed.add(specifier);
      return ok;
    };
    const converted = new Set<ts.Statement>();
    let keepsRequire = false;
    const dirnames: ts.Identifier[] = [];
    let fileLeft: { reason: string; at: ts.Node } | undefined;

    // Whole top-level statements first: `const x = require('y')` and `require('y');`.
    const handled = new Set<ts.Node>(plan.consumed);
    for (const statement of sourceFile.statements) {
      if (t.isExpressionStatement(statement)) {
        const specifier = requiredSpecifier(t, statement.expression);
        if (specifier === undefined) continue;
        const call = statement.expression as ts.CallExpression;
        replace(statement, renderImport(specifierText(ctx, call.arguments[0]!, specifier), undefined, { json: false }));
        handled.add(call);
        converted.add(statement);
      } else if (t.isVariableStatement(statement) && !statement.modifiers?.length) {
        const imports = statement.declarationList.declarations.map((decl) => declaredImport(t, decl, names, namedOk));
        if (imports.length === 0 || imports.some((entry) => entry === undefined)) continue;
        const lines = (imports as DeclaredImport[]).map((entry, i) => {
          const init = statement.declarationList.declarations[i]!.initializer!;
          const call = (t.isPropertyAccessExpression(init) ? init.expression : init) as ts.CallExpression;
          handled.add(call);
          const json = /\.json$/i.test(entry.specifier);
          return renderImport(specifierText(ctx, call.arguments[0]!, entry.specifier), entry.shape, { json });
        });
        replace(statement, lines.join(ctx.text.includes('\r\n') ? '\r\n' : '\n'));
        converted.add(statement);
      }
    }

    // Every other require: hoist it to an import when it runs unconditionally, else keep it.
    const visit = (node: ts.Node): void => {
      if (t.isIdentifier(node) && isNameUse(t, node)) {
        if (node.text === '__dirname' || node.text === '__filename') dirnames.push(node);
        if (node.text !== 'require') return;
        const call = node.parent;
        if (handled.has(call)) return;
        const specifier = requiredSpecifier(t, call);
        const statement = topStatementOf(sourceFile, node);
        const assigned = t.isBinaryExpression(call.parent) && call.parent.right === call && t.isIdentifier(call.parent.left)
          ? assignedRequireProblem(t, sourceFile, call.parent.left, names)
          : undefined;
        if (assigned?.wholeFile) fileLeft ??= { reason: assigned.reason, at: node };
        if (assigned) {
          keepsRequire = true;
          if (!assigned.wholeFile) ctx.warn(`require() left in place: ${assigned.reason}; a createRequire prelude keeps it working`, node);
          return;
        }
        if (specifier !== undefined && statement && t.isCallExpression(call) && isUnconditional(t, sourceFile, call)) {
          const local = freshName(specifier.split('/').filter((part) => part && !part.startsWith('.') && !part.startsWith('@')).pop() ?? 'module', taken);
          if (unknownNamed.has(specifier)) {
            ctx.warn(`the named exports of \`${specifier}\` are not known (not found by Node's CommonJS export detection, or not resolvable), so it is imported as a default and destructured`, call);
          }
          const json = /\.json$/i.test(specifier);
          edits.push({
            start: statement.getStart(sourceFile),
            end: statement.getStart(sourceFile),
            text: `${renderImport(specifierText(ctx, call.arguments[0]!, specifier), { kind: 'default', local }, { json })}\n`,
          });
          replace(call, local);
          return;
        }
        keepsRequire = true;
        ctx.warn('require() left in place (conditional, dynamic or not a call); a createRequire prelude keeps it working', node);
        return;
      }
      t.forEachChild(node, visit);
    };
    for (const statement of sourceFile.statements) if (!converted.has(statement)) visit(statement);
    if (fileLeft) {
      ctx.warn(`file left as CommonJS: ${fileLeft.reason}`, fileLeft.at);
      return;
    }

    if (edits.length === 0 && dirnames.length === 0) return;

    const prelude: string[] = [];
    const declarations: string[] = [];
    if (ctx.options.commonjsRuntime === 'auto' && compilesToCommonjs(ctx.path)) {
      keepsRequire = false;
      dirnames.length = 0;
    }
    const alias = (name: string, hint: string): string => (taken.has(name) ? freshName(hint, taken) : (taken.add(name), name));
    if (keepsRequire) {
      const createRequire = alias('createRequire', 'nodeCreateRequire');
      prelude.push(`import { createRequire${createRequire === 'createRequire' ? '' : ` as ${createRequire}`} } from 'node:module';`);
      declarations.push(`const require = ${createRequire}(import.meta.url);`);
    }
    if (dirnames.length > 0 && ctx.options.dirname === 'import-meta') {
      for (const id of dirnames) replace(id, id.text === '__dirname' ? 'import.meta.dirname' : 'import.meta.filename');
    } else if (dirnames.length > 0) {
      const fileURLToPath = alias('fileURLToPath', 'urlToPath');
      prelude.push(`import { fileURLToPath${fileURLToPath === 'fileURLToPath' ? '' : ` as ${fileURLToPath}`} } from 'node:url';`);
      declarations.push(`const __filename = ${fileURLToPath}(import.meta.url);`);
      if (dirnames.some((id) => id.text === '__dirname')) {
        const pathDirname = alias('dirname', 'pathDirname');
        prelude.push(`import { dirname${pathDirname === 'dirname' ? '' : ` as ${pathDirname}`} } from 'node:path';`);
        declarations.push(`const __dirname = ${pathDirname}(__filename);`);
      }
    }
    const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
    const fix = (text: string): string => (eol === '\n' ? text : text.replace(/\r?\n/g, eol));
    if (prelude.length > 0) {
      // After the directives and the leading imports, so the prelude reads as part of the imports.
      const statements = sourceFile.statements;
      let last: ts.Statement | undefined;
      for (const statement of statements) {
        if (isDirective(t, statement) || converted.has(statement) || t.isImportDeclaration(statement)) last = statement;
        else break;
      }
      const block = [...prelude, ...declarations].join(eol);
      if (last) edits.push({ start: last.getEnd(), end: last.getEnd(), text: `${eol}${block}` });
      else if (statements[0]) edits.push({ start: statements[0].getStart(sourceFile), end: statements[0].getStart(sourceFile), text: `${block}${eol}${eol}` });
    }
    if (plan.trailer) {
      const end = sourceFile.statements.at(-1)?.getEnd() ?? 0;
      edits.push({ start: end, end, text: `${eol}${eol}${plan.trailer}` });
    }

    warnAboutSemantics(ctx, converted);
    for (const edit of edits) ctx.edits.replaceRange(edit.start, edit.end, fix(edit.text));
    ctx.stat('files converted to ESM');
  },
});

/** Imports run before any module code and modules are strict: say so where that may matter. */
function warnAboutSemantics(ctx: FileContext<CommonjsToEsmOptions>, converted: ReadonlySet<ts.Statement>): void {
  const t = ctx.ts;
  const statements = ctx.sourceFile.statements;
  if (/\.m?jsx?$/i.test(ctx.path) && !statements.some((s) => isDirective(t, s) && (s as ts.ExpressionStatement).expression.getText(ctx.sourceFile).slice(1, -1) === 'use strict')) {
    ctx.warn('this file had no "use strict"; as an ES module it now runs in strict mode');
  }
  let sideEffect: ts.Statement | undefined;
  for (const statement of statements) {
    if (converted.has(statement)) {
      if (sideEffect) {
        ctx.warn('an import now runs before earlier top-level code (imports are hoisted); check load order', statement);
        return;
      }
    } else if (t.isExpressionStatement(statement) && !isDirective(t, statement)) sideEffect = statement;
  }
}

export default pass;
