import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { formatReviewText, reviewToJson } from '../output/review-report.js';
import { allFindings, asChangedFiles, reviewExitCode, reviewPatch, type ReviewReport } from '../review/review.js';
import { securityRules } from '../review/security/index.js';
import type { LoadedStep } from '../workspace/steps.js';
import { dirtyFiles } from '../write/git.js';
import type { CliIO } from './io.js';
import { WritePhase } from './write-phase.js';

type Format = 'text' | 'json' | 'sarif' | 'github';

async function readPatch(io: CliIO, patch: string): Promise<string> {
  if (patch === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return readFileSync(resolve(io.cwd, patch), 'utf8');
  } catch (error) {
    throw new UsageError(`${patch}: cannot read the patch (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** The security rules `--no-security` and `--disable` leave on; an unknown id is a usage error. */
export function enabledSecurityRules(raw: Record<string, unknown>): typeof securityRules {
  if (raw.security === false) return [];
  const disabled = (raw.disable as string[]).flatMap((list) => list.split(',')).map((id) => id.trim()).filter(Boolean);
  const known = new Set(securityRules.map((rule) => rule.id));
  const unknown = disabled.filter((id) => !known.has(id) && !known.has(`security/${id}`));
  if (unknown.length > 0) throw new UsageError(`--disable: unknown rule ${unknown.join(', ')} (the security rules: ${[...known].join(', ')})`);
  return securityRules.filter((rule) => !disabled.includes(rule.id) && !disabled.includes(rule.id.slice('security/'.length)));
}

async function stepsFrom(io: CliIO, raw: Record<string, unknown>): Promise<LoadedStep[]> {
  const names = [raw.recipe as string | undefined, ...(raw.rules as string[])].filter((name): name is string => Boolean(name));
  if (names.length === 0) return [];
  // Loaded only when there is something to load: they bring in every built-in pass and discovery.
  const [{ anchorConfig, configRecipes, loadConfig }, { loadSteps }] = await Promise.all([import('../workspace/config.js'), import('../workspace/steps.js')]);
  const loaded = await loadConfig(io.cwd, undefined);
  return loadSteps(names.join(','), { cwd: io.cwd, configOptions: anchorConfig(loaded).options, configRecipes: configRecipes(loaded) });
}

function formatOf(raw: Record<string, unknown>): Format {
  const format = raw.format as Format | undefined;
  if (raw.json && format && format !== 'json') throw new UsageError(`--json and --format ${format} cannot be used together`);
  return raw.json ? 'json' : format ?? 'text';
}

function summaryLine(report: ReviewReport, findings: readonly Finding[]): string {
  if (!report.applies) return `codemorph: the patch does not apply (${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}); nothing was checked`;
  const hunks = report.files.reduce((sum, file) => sum + file.hunks.length, 0);
  const by = (severity: string): number => findings.filter((finding) => finding.severity === severity).length;
  const failed = report.errors.length > 0 ? `, ${report.errors.length} check(s) failed` : '';
  return `codemorph: reviewed ${report.files.length} file(s), ${hunks} hunk(s): ${findings.length} finding(s) (${by('error')} error, ${by('warning')} warning, ${by('note')} note)${failed}`;
}

/** Writes the reviewed patch through the journaled writer (as `run --write`, dirty-tree guard included). */
async function applyPatch(io: CliIO, root: string, report: ReviewReport, allowDirty: boolean): Promise<number> {
  if (report.patched.some((file) => file.kind === 'binary')) {
    throw new UsageError('--apply: the patch changes binary files, which a diff without their contents cannot write; apply it with git apply');
  }
  const changed = asChangedFiles(root, report.patched);
  if (!allowDirty) {
    const dirty = dirtyFiles(root, changed.flatMap((file) => [file.previousPath ?? file.path]));
    if (dirty.length > 0) throw new UsageError(`--apply: refusing to write: uncommitted changes in ${dirty.map((p) => relative(io.cwd, p)).join(', ')} (commit or stash them, or pass --allow-dirty)`);
  }
  const show = (path: string): string => relative(io.cwd, path).split('\\').join('/') || '.';
  const phase = WritePhase.start(io, root, show);
  try {
    for (const file of changed) phase.take(file);
    let failed = 0;
    const written = await phase.write((outcome) => {
      if (outcome.error) {
        failed++;
        if (!outcome.notAttempted) io.stderr(`${show(outcome.result.path)}: ${outcome.error.message}\n`);
      } else io.stderr(`applied ${show(outcome.result.path)}\n`);
    });
    if (written.halted || failed > 0) {
      io.stderr('codemorph: --apply did not write every file; `codemorph undo` restores those it wrote\n');
      return 2;
    }
    return 0;
  } finally {
    phase.close();
  }
}

/** The `review` command's action: returns the exit code. */
export async function runReview(io: CliIO, patch: string, raw: Record<string, unknown>): Promise<number> {
  const root = resolve(io.cwd, (raw.root as string | undefined) ?? '.');
  const format = formatOf(raw);
  const rules = enabledSecurityRules(raw);
  const steps = await stepsFrom(io, raw);
  const tsconfig = raw.tsconfig ? relative(root, resolve(io.cwd, raw.tsconfig as string)) : undefined;
  const fileTimeout = raw.fileTimeout as number;
  const report = await reviewPatch({
    root,
    patch: await readPatch(io, patch),
    steps,
    securityRules: rules,
    verifyTypes: raw.verify === 'types',
    tsconfig,
    fileTimeoutMs: fileTimeout > 0 ? fileTimeout * 1000 : undefined,
  });
  const findings = allFindings(report);
  let exit: number = reviewExitCode(report);
  if (format === 'sarif') {
    const [{ toSarif }, { toolVersion }] = await Promise.all([import('../output/sarif.js'), import('../output/findings-reporter.js')]);
    const ruleInfos = rules.map(({ id, title, severity, description }) => ({ id, title, severity, description }));
    io.stdout(`${JSON.stringify(toSarif(findings, { toolVersion: toolVersion(), root, rules: ruleInfos }), null, 2)}\n`);
  } else if (format === 'github') {
    const { toGithubAnnotations } = await import('../output/github-annotations.js');
    const extra: Finding[] = [
      ...report.problems.map((p): Finding => ({ file: p.file, line: 1, column: 1, source: 'parse', ruleId: 'apply', severity: 'error', message: `${p.hunk === undefined ? '' : `hunk ${p.hunk + 1} (${p.header}) `}does not apply: ${p.message}` })),
      ...report.errors.map((e): Finding => ({ file: e.file, line: 1, column: 1, source: 'pass', ruleId: e.passId ?? 'codemorph', severity: 'error', message: e.message })),
    ];
    io.stdout(toGithubAnnotations([...extra, ...findings]));
  } else if (format === 'json') {
    io.stdout(`${JSON.stringify(reviewToJson(report, exit), null, 2)}\n`);
  } else {
    io.stdout(formatReviewText(report, findings));
  }
  io.stderr(`${summaryLine(report, findings)}\n`);
  if (raw.apply) {
    if (exit !== 0) io.stderr('codemorph: --apply: the review did not pass; nothing was written\n');
    else exit = await applyPatch(io, root, report, Boolean(raw.allowDirty));
  }
  return exit;
}
