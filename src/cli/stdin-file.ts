import { relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { FilePass } from '../core/pass.js';
import { needsProject } from '../runner/run.js';
import { processFile } from '../runner/process-file.js';
import type { LoadedStep } from '../workspace/steps.js';
import type { RunFlags } from './flags.js';
import type { CliIO } from './io.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `--stdin-filepath PATH` (the convention of `prettier --stdin-filepath`): the source comes on
 * stdin, the result goes to stdout, and PATH (which need not exist) decides the parser and what
 * path-scoped passes and recipe conditions see. Exit codes as for a run over that one file: 2 when
 * it failed (nothing on stdout then, so an editor keeps its buffer), 1 under --check when it would
 * change (nothing on stdout either), else 0 with the text, changed or not.
 */
export async function runOnStdin(io: CliIO, steps: readonly LoadedStep[], flags: RunFlags, filepath: string): Promise<number> {
  if (flags.write || flags.json || flags.format || flags.patch) {
    throw new UsageError('--stdin-filepath prints the result on stdout: it cannot be combined with --write, --json, --format or --patch');
  }
  if (needsProject(steps)) {
    throw new UsageError(`--stdin-filepath runs syntax passes only; ${steps.filter((step) => step.pass.needs === 'types').map((step) => step.pass.id).join(', ')} need(s) the whole project: run it on the file instead`);
  }
  const root = resolve(io.cwd, flags.root ?? '.');
  const path = resolve(io.cwd, filepath);
  const show = relative(io.cwd, path).split('\\').join('/');
  const raw = await readStdin();
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const passes = steps.map((step) => ({ pass: step.pass as FilePass, options: step.options }));
  const result = await processFile({ path, relativePath: relative(root, path).split('\\').join('/'), text }, passes, { maxRounds: flags.maxRounds, verbose: flags.verbose });
  if (!flags.quiet) {
    for (const warning of result.warnings) io.stderr(`${show}${warning.line ? `:${warning.line}:${warning.column ?? 1}` : ''}: ${warning.passId}: warning: ${warning.message}\n`);
  }
  if (result.status === 'failed') {
    io.stderr(`${show}: ${result.error.passId ? `${result.error.passId}: ` : ''}${result.error.message}\n`);
    if (flags.verbose && result.error.stack) io.stderr(`${result.error.stack}\n`);
    return 2;
  }
  if (result.status === 'skipped' && !result.passes) io.stderr(`${show}: skipped: ${result.reason}\n`);
  const changed = result.status === 'changed';
  if (flags.check) {
    if (changed) io.stdout(`${show}\n`);
    return changed ? 1 : 0;
  }
  io.stdout((bom ? '\uFEFF' : '') + (changed ? result.after : text));
  return 0;
}
