import { dirname, relative, resolve } from 'node:path';
import type { ChangedFile, FileResult } from '../../core/result.js';
import { findGenerator } from '../../generate/resolve.js';
import { runGenerator } from '../../generate/run.js';
import { createDiffReporter } from '../../output/diff-reporter.js';
import { loadConfig } from '../../workspace/config.js';
import { passOptionsFrom } from '../flags.js';
import { colorFor, type CliIO } from '../io.js';
import { writeChangedFiles } from '../write-files.js';

const LABEL = { create: 'CREATE', edit: 'UPDATE', delete: 'DELETE', move: 'RENAME' } as const;

interface GenerateFlags {
  readonly option?: string[];
  readonly write?: boolean;
  readonly allowDirty?: boolean;
  readonly root?: string;
  readonly config?: string;
  readonly color?: boolean;
  readonly quiet?: boolean;
  readonly prettier?: boolean;
}

function describe(result: ChangedFile, show: (path: string) => string): string {
  const from = result.operation === 'move' ? `${show(result.previousPath!)} -> ` : '';
  return `${LABEL[result.operation]} ${from}${show(result.path)}`;
}

function count(results: readonly ChangedFile[]): string {
  const parts = (['create', 'edit', 'delete', 'move'] as const)
    .map((operation) => [results.filter((result) => result.operation === operation).length, LABEL[operation].toLowerCase()] as const)
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${label} ${n}`);
  return parts.join(', ') || 'nothing';
}

/**
 * `codemorph generate <generator> [name]`: runs the generator on a virtual tree, then prints
 * each path's operation and diff (dry run) or writes them all, journaled for `codemorph undo`.
 * Nothing is written when any file would fail (exists already, does not parse).
 */
export async function generateCommand(io: CliIO, spec: string, name: string | undefined, flags: GenerateFlags): Promise<number> {
  const root = resolve(io.cwd, flags.root ?? '.');
  const show = (absolute: string): string => relative(io.cwd, absolute).split('\\').join('/') || '.';
  const loaded = await loadConfig(io.cwd, flags.config);
  const base = loaded.path ? dirname(loaded.path) : io.cwd;
  const configured = Object.fromEntries(Object.entries(loaded.config.generators ?? {}).map(([key, path]) => [key, resolve(base, path)]));
  const generator = findGenerator(spec, { cwd: io.cwd, root, configured });
  const options = passOptionsFrom(io.cwd, { option: flags.option }, []);
  if (name !== undefined) options.name = name;
  // Loaded only when asked for: the project's prettier, not one of ours.
  const format = flags.prettier ? await (await import('../../generate/prettier.js')).loadProjectPrettier(root) : undefined;
  const results: FileResult[] = await runGenerator({ root, generator, options, ...(format ? { format } : {}) });
  const failed = results.filter((result) => result.status === 'failed');
  for (const result of failed) {
    if (result.status === 'failed') io.stderr(`${show(result.path)}: generator ${generator.id}: ${result.error.message}\n`);
  }
  if (failed.length > 0) {
    io.stderr(`codemorph: generator ${generator.id}: ${failed.length} file(s) failed; nothing was written\n`);
    return 2;
  }
  const changed = results.filter((result): result is ChangedFile => result.status === 'changed');
  if (changed.length === 0) {
    if (!flags.quiet) io.stderr(`codemorph: generator ${generator.id}: nothing to change\n`);
    return 0;
  }
  if (flags.write) return writeChangedFiles(io, root, changed, { allowDirty: flags.allowDirty, quiet: flags.quiet, show, describe: (result) => describe(result, show), rollbackOnFailure: true });
  const diff = createDiffReporter({ out: io.stdout, displayPath: show, color: await colorFor(io, { tty: io.stdoutIsTTY, flag: flags.color !== false }) });
  for (const result of changed) {
    io.stdout(`${describe(result, show)}\n`);
    diff.file(result);
  }
  if (!flags.quiet) io.stderr(`codemorph: generator ${generator.id} would ${count(changed)} (dry run; --write to apply)\n`);
  return 0;
}
