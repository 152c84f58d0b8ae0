import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Project } from 'ts-morph';
import { ts } from '../core/parse.js';
import type { ChangedFile } from '../core/result.js';
import { findTsconfig } from '../runner/project-units.js';
import { copyTree } from '../workspace/scratch-tree.js';
import { ProjectIndex } from '../workspace/projects.js';
import { runTsc, runTscBuild, type TypeDiagnostic } from './tsc.js';
import { programOf } from '../runner/node-formats.js';

export type { TypeDiagnostic } from './tsc.js';

export interface VerifyTypesOptions {
  readonly root: string;
  /** Default: the nearest tsconfig.json to the root; without one, an in-process check of the files. */
  readonly tsconfig?: string;
  readonly changed: readonly ChangedFile[];
  /** Ids of cross-file (project) passes: their changes are accepted or refused together. */
  readonly projectPassIds: ReadonlySet<string>;
}

export interface TypeVerification {
  /** Diagnostics the changes add (by file, code and message; line shifts ignored). */
  readonly added: readonly TypeDiagnostic[];
  /** Absolute path of each refused result → the new diagnostics that refuse it. */
  readonly refused: ReadonlyMap<string, readonly TypeDiagnostic[]>;
  readonly checker: 'tsc' | 'in-process';
}

function applyTo(base: string, copy: string, changed: readonly ChangedFile[]): void {
  const inCopy = (path: string): string => join(copy, relative(base, path));
  for (const result of changed) {
    if (result.operation === 'move' && result.previousPath && result.after === result.before) {
      mkdirSync(dirname(inCopy(result.path)), { recursive: true });
      renameSync(inCopy(result.previousPath), inCopy(result.path));
      continue;
    }
    if (result.operation === 'move' && result.previousPath) unlinkSync(inCopy(result.previousPath));
    if (result.operation === 'delete') {
      unlinkSync(inCopy(result.path));
      continue;
    }
    mkdirSync(dirname(inCopy(result.path)), { recursive: true });
    writeFileSync(inCopy(result.path), result.after);
  }
}

function commonAncestor(a: string, b: string): string {
  let dir = a;
  while (relative(dir, b).startsWith('..')) dir = dirname(dir);
  return dir;
}

const key = (diagnostic: TypeDiagnostic): string => `${diagnostic.file}\0${diagnostic.code}\0${diagnostic.message}`;

/** What `after` has more of than `before`, comparing (file, code, message) with counts. */
export function addedDiagnostics(before: readonly TypeDiagnostic[], after: readonly TypeDiagnostic[]): TypeDiagnostic[] {
  const counts = new Map<string, number>();
  for (const diagnostic of before) counts.set(key(diagnostic), (counts.get(key(diagnostic)) ?? 0) + 1);
  const added: TypeDiagnostic[] = [];
  for (const diagnostic of after) {
    const left = counts.get(key(diagnostic)) ?? 0;
    if (left > 0) counts.set(key(diagnostic), left - 1);
    else added.push(diagnostic);
  }
  return added;
}

async function withTsc(base: string, tsconfig: string, changed: readonly ChangedFile[]): Promise<{ before: TypeDiagnostic[]; after: TypeDiagnostic[] }> {
  const copy = mkdtempSync(join(tmpdir(), 'codemorph-verify-'));
  // A tsconfig the changes create (js-to-ts) checked nothing before: every error after is new.
  if (!existsSync(tsconfig)) {
    try {
      copyTree(base, copy);
      applyTo(base, copy, changed);
      return { before: [], after: await runTsc(copy, relative(base, tsconfig)) };
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  // A solution-style config (`"files": []` + references) checks nothing under -p: the whole build
  // runs instead, in two scratch copies since a build writes outputs.
  const solution = new ProjectIndex(base).load(tsconfig).solution;
  const original = solution ? mkdtempSync(join(tmpdir(), 'codemorph-verify-')) : base;
  try {
    copyTree(base, copy);
    applyTo(base, copy, changed);
    if (solution) copyTree(base, original);
    const config = relative(base, tsconfig);
    const check = solution ? runTscBuild : runTsc;
    const [before, after] = await Promise.all([check(original, config), check(copy, config)]);
    return { before, after };
  } finally {
    rmSync(copy, { recursive: true, force: true });
    if (solution) rmSync(original, { recursive: true, force: true });
  }
}

function inProcess(root: string, changed: readonly ChangedFile[]): { before: TypeDiagnostic[]; after: TypeDiagnostic[] } {
  const project = new Project({
    compilerOptions: { allowJs: true, noEmit: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, jsx: ts.JsxEmit.Preserve, skipLibCheck: true },
  });
  for (const result of changed) {
    if (result.operation !== 'create') project.createSourceFile(result.previousPath ?? result.path, result.before, { overwrite: true });
  }
  project.resolveSourceFileDependencies();
  const collect = (): TypeDiagnostic[] => {
    programOf(project); // the module formats tsc gives the files, for the checker
    return project.getPreEmitDiagnostics().map((diagnostic) => {
      const file = diagnostic.getSourceFile();
      const start = diagnostic.getStart();
      const lc = file && start !== undefined ? file.compilerNode.getLineAndCharacterOfPosition(start) : undefined;
      const text = diagnostic.getMessageText();
      return {
        file: file ? relative(root, file.getFilePath()).split(sep).join('/') : '',
        ...(lc ? { line: lc.line + 1, column: lc.character + 1 } : {}),
        code: diagnostic.getCode(),
        message: typeof text === 'string' ? text : ts.flattenDiagnosticMessageText(text.compilerObject, '\n'),
      };
    });
  };
  const before = collect();
  for (const result of changed) {
    if (result.previousPath) project.getSourceFile(result.previousPath)?.delete();
    if (result.operation === 'delete') project.getSourceFile(result.path)?.delete();
    else project.createSourceFile(result.path, result.after, { overwrite: true });
  }
  return { before, after: collect() };
}

/**
 * Type-checks the project before and after the changes and says which changes to refuse:
 * per file for file passes, all of a project pass's files together. New diagnostics in a file
 * nobody changed cannot be pinned on one change, so then every change is refused.
 */
export async function verifyTypes(options: VerifyTypesOptions): Promise<TypeVerification> {
  const { root, changed } = options;
  const created = changed.find((result) => result.operation === 'create' && result.path === join(root, 'tsconfig.json'))?.path;
  const tsconfig = options.tsconfig ? resolve(root, options.tsconfig) : (findTsconfig(root) ?? created);
  const base = tsconfig ? commonAncestor(root, dirname(tsconfig)) : root;
  const { before, after } = tsconfig ? await withTsc(base, tsconfig, changed) : inProcess(base, changed);
  // A moved file's diagnostics are compared under its old name.
  const oldName = new Map(
    changed.filter((result) => result.previousPath).map((result) => [relative(base, result.path).split(sep).join('/'), relative(base, result.previousPath!).split(sep).join('/')]),
  );
  const renamed = after.map((diagnostic) => ({ ...diagnostic, file: oldName.get(diagnostic.file) ?? diagnostic.file }));
  const added = addedDiagnostics(before, renamed);
  const refused = new Map<string, TypeDiagnostic[]>();
  if (added.length === 0) return { added, refused, checker: tsconfig ? 'tsc' : 'in-process' };
  const byFile = new Map<string, ChangedFile>();
  for (const result of changed) byFile.set(relative(base, result.previousPath ?? result.path).split(sep).join('/'), result);
  const unattributed = added.some((diagnostic) => !byFile.has(diagnostic.file));
  const crossFile = changed.some((result) => result.passes.some((id) => options.projectPassIds.has(id)));
  for (const result of changed) {
    const own = added.filter((diagnostic) => byFile.get(diagnostic.file) === result);
    if (own.length > 0) refused.set(result.path, own);
    else if (unattributed || crossFile) refused.set(result.path, added);
  }
  return { added, refused, checker: tsconfig ? 'tsc' : 'in-process' };
}

/** One indented line per diagnostic, `file:line:col TScode message`, for the refusal message. */
export function formatDiagnostics(diagnostics: readonly TypeDiagnostic[], limit = 10): string {
  const lines = diagnostics.slice(0, limit).map((d) => `${d.file || '(global)'}${d.line ? `:${d.line}:${d.column}` : ''} TS${d.code} ${d.message.split('\n')[0]}`);
  if (diagnostics.length > limit) lines.push(`... and ${diagnostics.length - limit} more`);
  return lines.map((line) => `\n  ${line}`).join('');
}
