import { resolve } from 'node:path';
import type { Finding } from '../core/finding.js';
import { extensionOf, parseSource, syntaxErrors, type ts } from '../core/parse.js';
import type { ChangedFile } from '../core/result.js';
import { DEFAULT_EXTENSIONS } from '../workspace/extensions.js';
import type { LoadedStep } from '../workspace/steps.js';
import { applyToTree, type ApplyProblem, type PatchedFile, type PatchedHunk } from './apply.js';
import type { PassError } from './check-passes.js';
import { parseUnifiedDiff } from './patch.js';
import { securityFindingsIn, type SecurityRule } from './security/index.js';

export interface ReviewOptions {
  /** The tree the patch applies to (never written). */
  readonly root: string;
  /** The unified diff. */
  readonly patch: string;
  /** Passes and pattern rules to run in check mode (`--recipe`, `--rules`). */
  readonly steps: readonly LoadedStep[];
  /** The security rules that are on. */
  readonly securityRules: readonly SecurityRule[];
  /** `--verify types`: new type errors against the unpatched tree. */
  readonly verifyTypes?: boolean;
  /** Relative to the root. */
  readonly tsconfig?: string;
  readonly fileTimeoutMs?: number;
}

export interface ReviewedHunk extends PatchedHunk {
  readonly findings: readonly Finding[];
}

export interface ReviewedFile {
  readonly path: string;
  readonly previousPath?: string;
  readonly operation: PatchedFile['operation'];
  readonly binary: boolean;
  readonly hunks: readonly ReviewedHunk[];
  /** Findings outside every hunk (a syntax error further down, a type error a change caused). */
  readonly findings: readonly Finding[];
}

export interface ReviewReport {
  /** False when some hunk does not apply: then nothing else was checked. */
  readonly applies: boolean;
  readonly problems: readonly ApplyProblem[];
  readonly files: readonly ReviewedFile[];
  /** Findings in files the patch does not touch (new type errors elsewhere). */
  readonly elsewhere: readonly Finding[];
  /** Passes that failed on a file: the review is incomplete. */
  readonly errors: readonly PassError[];
  /** What was not checked, and why (binary files). */
  readonly notes: readonly string[];
  /** The patched files, for `--apply`. */
  readonly patched: readonly PatchedFile[];
}

const SCRIPT_EXTENSIONS = new Set<string>(DEFAULT_EXTENSIONS.map((ext) => `.${ext}`));
const isScript = (path: string): boolean => SCRIPT_EXTENSIONS.has(extensionOf(path));
const touches = (finding: Finding, lines: ReadonlySet<number>): boolean => {
  for (let line = finding.line; line <= (finding.endLine ?? finding.line); line++) if (lines.has(line)) return true;
  return false;
};

/**
 * New syntax errors: a file that parsed before and does not now (errors anywhere in it: an
 * unclosed brace shows up later). `tree` is the patched text, parsed once for every check.
 */
function parseFindings(file: PatchedFile, tree: ts.SourceFile): Finding[] {
  const after = syntaxErrors(tree);
  if (after.length === 0) return [];
  if (file.operation !== 'create' && syntaxErrors(parseSource(file.previousPath ?? file.path, file.before)).length > 0) return [];
  return after.map((problem) => ({
    file: file.path,
    line: problem.line,
    column: problem.column,
    source: 'parse',
    ruleId: 'parse',
    severity: 'error',
    message: `does not parse: ${problem.message}`,
  }));
}

/** The patched files as the results `--verify types` and the writer take. */
export function asChangedFiles(root: string, files: readonly PatchedFile[]): ChangedFile[] {
  return files
    .filter((file) => file.kind !== 'binary')
    .map((file) => ({
      status: 'changed',
      operation: file.operation,
      path: resolve(root, file.path),
      relativePath: file.path,
      ...(file.previousPath ? { previousPath: resolve(root, file.previousPath) } : {}),
      before: file.before,
      after: file.after,
      passes: ['review'],
      attribution: [],
      warnings: [],
      stats: {},
    }));
}

async function typeFindings(options: ReviewOptions, files: readonly PatchedFile[]): Promise<Finding[]> {
  const changed = asChangedFiles(options.root, files);
  if (changed.length === 0) return [];
  // Loaded only under --verify types: it brings in ts-morph's Project.
  const { verifyTypes } = await import('../verify/types.js');
  const verification = await verifyTypes({ root: options.root, tsconfig: options.tsconfig, changed, projectPassIds: new Set() });
  return verification.added.map((diagnostic) => ({
    file: diagnostic.file,
    line: diagnostic.line ?? 1,
    column: diagnostic.column ?? 1,
    source: 'types',
    ruleId: `TS${diagnostic.code}`,
    severity: 'error',
    message: `new type error: ${diagnostic.message.split('\n')[0]}`,
  }));
}

function group(files: readonly PatchedFile[], findings: readonly Finding[]): { files: ReviewedFile[]; elsewhere: Finding[] } {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const reviewed = files.map((file): ReviewedFile => {
    const own = (byFile.get(file.path) ?? []).sort((a, b) => a.line - b.line || a.column - b.column);
    byFile.delete(file.path);
    const inHunk = (hunk: PatchedHunk, finding: Finding): boolean => finding.line >= hunk.newStart && finding.line < hunk.newStart + Math.max(hunk.newLines, 1);
    return {
      path: file.path,
      ...(file.previousPath ? { previousPath: file.previousPath } : {}),
      operation: file.operation,
      binary: file.kind === 'binary',
      hunks: file.hunks.map((hunk) => ({ ...hunk, findings: own.filter((finding) => inHunk(hunk, finding)) })),
      findings: own.filter((finding) => !file.hunks.some((hunk) => inHunk(hunk, finding))),
    };
  });
  return { files: reviewed, elsewhere: [...byFile.values()].flat() };
}

/**
 * Reviews a patch: applies it to a scratch copy of the tree, then checks the touched JS/TS files
 * (parse, security rules, passes and rules, optionally types). Findings of rules and passes are
 * kept only on lines the patch added: a review of the change, not of the files. Never writes.
 */
export async function reviewPatch(options: ReviewOptions): Promise<ReviewReport> {
  const applied = applyToTree(options.root, parseUnifiedDiff(options.patch));
  if (!applied.ok) {
    return { applies: false, problems: applied.problems, files: [], elsewhere: [], errors: [], notes: [], patched: [] };
  }
  const notes = applied.files.filter((file) => file.kind === 'binary').map((file) => `${file.path}: binary change, not checked`);
  const scripts = applied.files.filter((file) => file.kind !== 'binary' && file.operation !== 'delete' && isScript(file.path));
  const findings: Finding[] = [];
  const parses: PatchedFile[] = [];
  for (const file of scripts) {
    const tree = parseSource(file.path, file.after);
    const problems = parseFindings(file, tree);
    findings.push(...problems);
    if (problems.length > 0) continue;
    parses.push(file);
    findings.push(...securityFindingsIn(tree, file.path, options.securityRules).filter((finding) => touches(finding, file.addedLines)));
  }
  // Loaded only with passes to run: it brings in the runner (worker pool, ts-morph for type-aware passes).
  const passes = options.steps.length === 0
    ? { findings: [], errors: [] }
    : await (await import('./check-passes.js')).checkPasses({ root: options.root, steps: options.steps, files: parses, allFiles: applied.files, tsconfig: options.tsconfig, fileTimeoutMs: options.fileTimeoutMs });
  findings.push(...passes.findings);
  if (options.verifyTypes) findings.push(...(await typeFindings(options, applied.files)));
  const grouped = group(applied.files, findings);
  return { applies: true, problems: [], ...grouped, errors: passes.errors, notes, patched: applied.files };
}

/** Every finding of a report, file by file. */
export function allFindings(report: ReviewReport): Finding[] {
  return [...report.files.flatMap((file) => [...file.hunks.flatMap((hunk) => hunk.findings), ...file.findings].sort((a, b) => a.line - b.line || a.column - b.column)), ...report.elsewhere];
}

/** 0: applies, nothing found; 1: applies, with findings (notes do not count); 2: does not apply, or a check failed. */
export function reviewExitCode(report: ReviewReport): 0 | 1 | 2 {
  if (!report.applies || report.errors.length > 0) return 2;
  return allFindings(report).some((finding) => finding.severity !== 'note') ? 1 : 0;
}
