import { relative, resolve } from 'node:path';
import type { LoadedStep } from '../../workspace/steps.js';
import { planMigration, type MigrationPlan } from '../../migrate/plan.js';
import { createDiffReporter } from '../../output/diff-reporter.js';
import { loadSteps } from '../../workspace/steps.js';
import { anchorConfig, loadConfig } from '../../workspace/config.js';
import { execute } from '../execute.js';
import { runFlagsFrom, type RunFlags } from '../flags.js';
import { colorFor, type CliIO } from '../io.js';
import { reserveStdoutForReport } from '../json-stdout.js';
import { writeChangedFiles } from '../write-files.js';

function header(plan: MigrationPlan): string {
  const count = plan.migrations.length;
  const lines = [`codemorph: ${plan.packageName} ${plan.from} -> ${plan.to}: ${count} migration${count === 1 ? '' : 's'}`];
  for (const migration of plan.migrations) lines.push(`  ${migration.version}  ${migration.description}`);
  return `${lines.join('\n')}\n`;
}

/** Only the package.json range moves (no migration in between): shown or written on its own. */
async function rangeOnly(io: CliIO, root: string, plan: MigrationPlan, flags: RunFlags, show: (path: string) => string): Promise<number> {
  const change = plan.packageJson;
  if (!change) return 0;
  if (flags.check) {
    io.stdout(`${show(change.path)}\n`);
    return 1;
  }
  if (flags.write) return writeChangedFiles(io, root, [change], { allowDirty: flags.allowDirty, quiet: flags.quiet, show, describe: (result) => show(result.path) });
  createDiffReporter({ out: io.stdout, displayPath: show, color: await colorFor(io, { tty: io.stdoutIsTTY, flag: flags.color }) }).file(change);
  return 0;
}

/**
 * `codemorph migrate <package>[@version] [paths...]`: the package's migrations between the
 * installed version and the target, run as one recipe through `execute` (one diff, one summary),
 * with the package.json range change in the same run and the same undo journal.
 */
export async function migrateCommand(io: CliIO, spec: string, operands: string[], raw: Record<string, unknown>): Promise<number> {
  const loaded = await loadConfig(io.cwd, raw.config as string | undefined);
  const config = anchorConfig(loaded);
  const flags = runFlagsFrom(io.cwd, raw, operands, config);
  const root = resolve(io.cwd, flags.root ?? '.');
  const show = (absolute: string): string => relative(io.cwd, absolute).split('\\').join('/') || '.';
  const plan = planMigration({ root, spec, from: raw.from as string | undefined, to: raw.to as string | undefined });
  try {
    if (raw.list) {
      for (const migration of plan.migrations) {
        io.stdout(`${migration.version}  ${migration.description}\n`);
        for (const transform of migration.transforms) io.stdout(`    ${relative(plan.recipe.baseDir!, transform).split('\\').join('/')}\n`);
      }
      if (!flags.quiet) io.stderr(header(plan).split('\n')[0]! + ' would run\n');
      return 0;
    }
    if (!flags.quiet && !flags.json) io.stderr(header(plan));
    if (plan.rangeNote && !flags.quiet) io.stderr(`package.json: ${plan.rangeNote}\n`);
    if (plan.migrations.length === 0) return await rangeOnly(io, root, plan, flags, show);
    const restore = flags.json ? reserveStdoutForReport() : undefined;
    try {
      const steps: LoadedStep[] = await loadSteps(plan.recipe.name, {
        cwd: io.cwd,
        cliOptions: flags.passOptions,
        configOptions: config.options,
        configRecipes: [plan.recipe],
        engine: flags.engine,
      });
      return await execute(io, steps, flags, undefined, plan.packageJson ? [plan.packageJson] : []);
    } finally {
      restore?.();
    }
  } finally {
    plan.dispose();
  }
}
