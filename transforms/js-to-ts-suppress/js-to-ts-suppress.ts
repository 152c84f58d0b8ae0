import type { ts as TS } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';
import { expectErrorComment } from './comment.js';
import { anyFix, type AnyFix } from './explicit-any.js';
import { omittedParameters } from './optional-parameters.js';

export type JsToTsSuppressOptions = {
  with: 'any' | 'comment';
  only: 'all' | 'declarations' | 'any';
};

const TYPESCRIPT = /\.[cm]?tsx?$/;

/**
 * Errors that say the compiled code cannot run (import.meta in CommonJS output, require() of an
 * ES module): silencing them would trade a compile error for a crash, so they are left, with a
 * warning, and `--verify types` refuses the run.
 */
const RUNTIME_ERRORS = new Map([
  [1470, 'import.meta in a file compiled to CommonJS'],
  [1479, 'a CommonJS file importing an ES module'],
  [1202, 'import = require() in a file compiled to an ES module'],
  [1203, 'export = in a file compiled to an ES module'],
]);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end ? true : a.start === a.end ? b.start < a.start && a.start < b.end : b.start === b.end && a.start < b.start && b.start < a.end;

export const pass = definePass<JsToTsSuppressOptions>({
  id: 'js-to-ts-suppress',
  title: 'Silence the type errors left after a JavaScript to TypeScript migration',
  description:
    'The last step of js-to-ts: silences each type error the file\'s program still reports, at the narrowest place. ' +
    'With with=any (the default) an explicit `any` where one fits exactly (`: any` on an implicitly-any parameter, variable or member; `(obj as any).x` for a property the type lacks; `(arg as any)` for a mistyped argument), ' +
    'else a `// @ts-expect-error <message>` line above the error (`{/* @ts-expect-error */}` among JSX children); with=comment always the comment. ' +
    'Never `@ts-nocheck`. Counts `any` and `suppressions`; an error it cannot place (a line inside a multi-line template, a diagnostic without a position) is a warning, and `--verify types` then fails.',
  needs: 'types',
  version: '1',
  options: {
    with: { type: 'string', choices: ['any', 'comment'], default: 'any', description: "'any': explicit any where it fits exactly, a comment elsewhere; 'comment': // @ts-expect-error lines only" },
    only: {
      type: 'string',
      choices: ['all', 'declarations', 'any'],
      default: 'all',
      description:
        "'declarations': only `: any` on declarations; 'any': only explicit any, no comments. The js-to-ts recipe runs declarations, then any, then with=comment, each on the program the step before left: an any on a declaration removes errors elsewhere (in other files too), and no cast or comment is written for those",
    },
  },
  visit(ctx) {
    const { ts, program, checker } = ctx;
    if (!TYPESCRIPT.test(ctx.path) || /\.d\.[cm]?ts$/.test(ctx.path) || !program || !checker) return;
    const sourceFile = ctx.sourceFile;
    const root = ctx.path.slice(0, ctx.path.length - ctx.relativePath.length).replace(/[\\/]$/, '');
    const diagnostics = program.getSemanticDiagnostics(sourceFile).filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
    const fixes: AnyFix[] = [];
    const commented = new Map<number, string>();
    for (const diagnostic of diagnostics) {
      if (diagnostic.start === undefined || diagnostic.file !== sourceFile) {
        ctx.warn(`cannot silence: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')} (no position in this file)`);
        continue;
      }
      const unsafe = RUNTIME_ERRORS.get(diagnostic.code);
      if (unsafe) {
        ctx.warn(`left: TS${diagnostic.code} (${unsafe}) means the compiled code cannot run; silencing it would hide a crash`, diagnostic.start);
        continue;
      }
      const fix = ctx.options.with === 'any' ? anyFix(ts, sourceFile, checker, diagnostic) : undefined;
      if (fix && fixes.some((other) => other.key === fix.key)) continue;
      if (ctx.options.only === 'declarations' && fix?.kind !== 'declaration') continue;
      // A fix spanning lines could hold the line start a comment needs; those get the comment.
      if (fix && !fix.text.includes('\n') && !fixes.some((other) => overlaps(fix, other))) {
        fixes.push(fix);
        continue;
      }
      if (ctx.options.only !== 'all') continue;
      const comment = expectErrorComment(ts, sourceFile, diagnostic, root);
      if (!comment) {
        ctx.warn(`cannot silence TS${diagnostic.code}: the line starts inside a multi-line string`, diagnostic.start);
        continue;
      }
      if (!commented.has(comment.position)) commented.set(comment.position, comment.text);
    }
    // Only as a stage of its own: in one step the callers' files (visited apart) would comment the
    // calls this makes valid, and an unused @ts-expect-error is an error.
    const optional = ctx.options.with === 'any' && ctx.options.only === 'declarations' ? optionalParameters(ctx, fixes, omittedParameters(ts, program, checker, sourceFile)) : 0;
    // A comment goes at a line start; an any fix never spans one, so they cannot collide.
    for (const fix of fixes) ctx.edits.replaceRange(fix.start, fix.end, fix.text);
    for (const [position, text] of commented) ctx.edits.insertBefore(position, text);
    const anys = fixes.filter((fix) => fix.text.includes('any')).length;
    if (anys > 0) ctx.stat('any', anys);
    if (optional > 0) ctx.stat('parameters made optional', optional);
    if (commented.size > 0) ctx.stat('suppressions', commented.size);
  },
});

/**
 * Marks the parameters callers leave out optional: `opts: any` becomes `opts?: any` (folded into
 * the same parameter's any fix), an `x` already typed any gets `x?`.
 */
function optionalParameters(ctx: FileContext<JsToTsSuppressOptions>, fixes: AnyFix[], omitted: ReadonlySet<TS.ParameterDeclaration>): number {
  let count = 0;
  for (const parameter of omitted) {
    count++;
    const index = fixes.findIndex((fix) => fix.key === parameter);
    const existing = fixes[index];
    if (existing) {
      fixes[index] = { ...existing, text: existing.text.replace(/: any(\[\])?(\)?)$/, '?: any$1$2') };
      continue;
    }
    const name = parameter.name;
    const fix: AnyFix = { start: name.getEnd(), end: name.getEnd(), text: '?', key: parameter, kind: 'declaration' };
    const arrow = parameter.parent;
    if (ctx.ts.isArrowFunction(arrow) && !arrow.getChildren(ctx.sourceFile).some((child) => child.kind === ctx.ts.SyntaxKind.OpenParenToken)) {
      fixes.push({ ...fix, start: parameter.getStart(ctx.sourceFile), end: parameter.getEnd(), text: `(${parameter.getText(ctx.sourceFile)}?)` });
    } else if (!fixes.some((other) => overlaps(fix, other))) fixes.push(fix);
    else count--;
  }
  return count;
}
