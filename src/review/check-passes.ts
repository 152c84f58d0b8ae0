import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Finding } from '../core/finding.js';
import { changeFindings } from '../output/change-findings.js';
import { needsProject, run } from '../runner/run.js';
import { copyTree } from '../workspace/scratch-tree.js';
import type { LoadedStep } from '../workspace/steps.js';
import type { PatchedFile } from './apply.js';

export interface PassCheckOptions {
  readonly root: string;
  readonly steps: readonly LoadedStep[];
  /** The patched JS/TS files to run the passes over (deleted files excluded). */
  readonly files: readonly PatchedFile[];
  /** Every patched file: what the scratch tree must reflect. */
  readonly allFiles: readonly PatchedFile[];
  readonly tsconfig?: string;
  readonly fileTimeoutMs?: number;
}

/** A file a pass failed on (threw, timed out, broke the output): the review did not do everything. */
export interface PassError {
  readonly file: string;
  readonly passId?: string;
  readonly message: string;
}

const inRange = (added: ReadonlySet<number>, first: number, last: number): number | undefined => {
  for (let line = first; line <= last; line++) if (added.has(line)) return line;
  return undefined;
};

/** Writes the patched tree into `dir`: only the touched files, or (for type-aware passes) a full copy first. */
function buildScratch(dir: string, options: PassCheckOptions, full: boolean): void {
  if (full) copyTree(options.root, dir);
  for (const file of options.allFiles) {
    if (file.kind === 'binary') continue;
    if (file.previousPath && full) unlinkSync(join(dir, file.previousPath));
    if (file.operation === 'delete') {
      if (full) unlinkSync(join(dir, file.path));
      continue;
    }
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.after);
  }
}

/**
 * Runs passes and pattern rules in check mode over the patched files, in a scratch folder (the
 * working tree is never touched), and keeps what concerns lines the patch added: changes a pass
 * would make there, and warnings (a rule without a rewrite reports each match as one) placed there.
 */
export async function checkPasses(options: PassCheckOptions): Promise<{ findings: Finding[]; errors: PassError[] }> {
  const findings: Finding[] = [];
  const errors: PassError[] = [];
  if (options.steps.length === 0 || options.files.length === 0) return { findings, errors };
  const scratch = mkdtempSync(join(tmpdir(), 'codemorph-review-'));
  const byPath = new Map(options.files.map((file) => [file.path, file]));
  const patternPasses = new Set(options.steps.filter((step) => /\.ya?ml$/i.test(step.source)).map((step) => step.pass.id));
  try {
    const full = needsProject(options.steps);
    buildScratch(scratch, options, full);
    const tsconfig = options.tsconfig && full ? join(scratch, options.tsconfig) : undefined;
    for await (const result of run({
      root: scratch,
      files: options.files.map((file) => join(scratch, file.path)),
      steps: options.steps,
      cache: false,
      tsconfig,
      fileTimeoutMs: options.fileTimeoutMs,
    })) {
      const file = byPath.get(result.relativePath);
      if (!file) continue;
      if (result.status === 'failed') errors.push({ file: file.path, passId: result.error.passId, message: result.error.message });
      if (result.status === 'changed') findings.push(...changeFindings(result, file.path, (first, last) => inRange(file.addedLines, first, last)));
      for (const warning of result.warnings) {
        if (warning.line === undefined || !file.addedLines.has(warning.line)) continue;
        // A rule without a rewrite reports its matches as warnings: findings. A pass's warning says
        // what it left alone and why: a note, which does not fail the review.
        const rule = patternPasses.has(warning.passId);
        findings.push({ file: file.path, line: warning.line, column: warning.column ?? 1, source: rule ? 'rule' : 'pass', ruleId: warning.passId, severity: rule ? 'warning' : 'note', message: warning.message });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { findings, errors };
}
