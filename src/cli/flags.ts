import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { OptionValues } from '../core/options.js';
import { DEFAULT_EXTENSIONS } from '../workspace/extensions.js';
import { DEFAULT_MAX_FILE_SIZE } from '../workspace/read.js';
import type { CodemorphConfig } from '../workspace/config.js';
import { parseShard, type Shard } from '../workspace/shard.js';

/** The output, file-selection and safety flags shared by `run` and `rewrite`. */
export interface RunFlags {
  paths: string[];
  write: boolean;
  check: boolean;
  json: boolean;
  /** `--format sarif|github`: findings for CI instead of the diff (dry runs and --check only). */
  format?: 'sarif' | 'github';
  patch?: string;
  color: boolean;
  quiet: boolean;
  verbose: boolean;
  progress: boolean;
  gitignore: boolean;
  ignore: string[];
  extensions: string[];
  maxFileSize: number;
  maxRounds: number;
  allowDirty: boolean;
  root?: string;
  config?: string;
  /** `--engine`: codemorph or jscodeshift; detected per module when absent. */
  engine?: string;
  /** tsconfig for passes that need types (default: nearest to the root). */
  tsconfig?: string;
  /** `--verify types`: refuse changes that add type errors. */
  verify?: 'types';
  /** `--option`, `--options FILE` and unknown `--flag=value` flags, merged. */
  passOptions: OptionValues;
  /** Worker threads; undefined: one per core when the run is large enough (at least one under a file timeout). */
  jobs?: number;
  /** Seconds a file may take before it fails as timed out; 0: no limit. */
  fileTimeout: number;
  /** Incremental cache; undefined: on for --check, off otherwise. */
  cache?: boolean;
  /** Only files in the git index (pre-commit hooks). */
  staged: boolean;
  /** Only files changed since this git ref, working tree included (PR checks). */
  changedSince?: string;
  /** `i/n`: only the i-th of n deterministic slices of the files. */
  shard?: Shard;
  /** `--prettier`: format the changed ranges with the project's prettier. */
  prettier?: boolean;
  /** `--interactive`: ask hunk by hunk what to write (implies write). */
  interactive?: boolean;
  /** `--stdin-filepath`: source on stdin, result on stdout, this path naming it. */
  stdinFilepath?: string;
}

/** Long enough for any real file on a slow machine; short enough that a hung pass is noticed. */
export const DEFAULT_FILE_TIMEOUT_S = 60;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function positiveInt(name: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) throw new UsageError(`${name} expects a positive whole number, got "${value}"`);
    return parsed;
  };
}

function seconds(name: string) {
  return (value: string): number => {
    const parsed = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(parsed) || parsed < 0) throw new UsageError(`${name} expects a number of seconds (0: no limit), got "${value}"`);
    return parsed;
  };
}

export function addRunFlags(command: Command): Command {
  return command
    .option('-w, --write', 'write changes in place (default: print a unified diff, change nothing)', false)
    .option('--check', 'change nothing; exit 1 if any file would change (CI / pre-commit gate)', false)
    .option('-i, --interactive', 'on a terminal, choose hunk by hunk what to write, as git add -p (y n a d q ?); implies --write', false)
    .option('--json', 'print one JSON report on stdout instead of the diff', false)
    .addOption(new Option('--format <format>', 'instead of the diff: json (as --json), sarif (SARIF 2.1.0, hunks as fixes) or github (workflow annotations); not with --write').choices(['json', 'sarif', 'github']))
    .option('--patch <file>', 'also write the unified diff to FILE (git apply accepts it)')
    .option('--no-color', 'no colour, even on a terminal (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'print only errors and, with --check, the files that would change (no summary, warnings or list of written files)', false)
    .option('--verbose', 'show stack traces of failures', false)
    .option('--no-progress', 'no progress bar on a terminal')
    .option('--no-gitignore', 'do not skip files listed in .gitignore')
    .option('--ignore <glob>', 'skip files matching GLOB (repeatable)', collect, [])
    .option('--extensions <list>', `file extensions to pick up in directories (default: ${DEFAULT_EXTENSIONS.join(',')})`)
    .option('--max-file-size <bytes>', `skip files larger than this (default: ${DEFAULT_MAX_FILE_SIZE})`, positiveInt('--max-file-size'))
    .option('--max-rounds <n>', 'repeat the pass list until a round changes nothing, at most N times', positiveInt('--max-rounds'), 1)
    .option('--allow-dirty', 'let --write touch files with uncommitted git changes', false)
    .option('--root <dir>', 'project root: no file outside it is ever written (default: the current directory)')
    .option('--config <file>', 'use this config file instead of searching for codemorph.config.*')
    .option('--tsconfig <file>', 'tsconfig for passes that need types and for --verify types (default: the nearest to the root)')
    .addOption(new Option('--verify <what>', 'also type-check before and after; refuse changes that add type errors (syntax is always verified)').choices(['types']))
    .option('-o, --option <key=value>', 'an option for the passes: key=value for every pass that declares key, pass-id.key=value for one (repeatable)', collect, [])
    .addOption(new Option('--options <file>', 'pass options from a JSON file: { "key": value, "pass-id": { "key": value } }'))
    .addOption(new Option('--parser <name>', 'parser for jscodeshift transforms that export none (default: ts/tsx by extension, else babel)').choices(['babel', 'babylon', 'flow', 'ts', 'tsx']))
    .option('--parser-config <file>', 'JSON file of parser options for jscodeshift transforms (as jscodeshift --parser-config)')
    .addOption(new Option('--engine <engine>', 'read transform files as this kind only (default: detected)').choices(['codemorph', 'jscodeshift']))
    .option('-j, --jobs <n>', 'worker threads for syntax passes (default: one per core on large runs, else one; --jobs 1 --file-timeout 0: no threads)', positiveInt('--jobs'))
    .option('--file-timeout <seconds>', 'fail a file whose passes run longer than this and go on (0: no limit)', seconds('--file-timeout'), DEFAULT_FILE_TIMEOUT_S)
    .option('--cache', 'reuse results for files unchanged since the last run (.codemorph/cache; default with --check)')
    .option('--no-cache', 'do not read or write the cache')
    .option('--staged', 'only files staged in git (pre-commit hooks)', false)
    .option('--changed-since <ref>', 'only files changed since the git ref (merge base), working tree included')
    .option('--shard <i/n>', 'only the i-th of n slices of the files, split by a hash of the path, or by whole tsconfig project for type-aware passes (CI matrices)')
    .option('--prettier', "format only the changed lines with the project's own prettier and config (it must be installed there)", false)
    .option('--stdin-filepath <path>', 'read the source from stdin and print the result on stdout; PATH (need not exist) picks the parser (editors, formatters)');
}

function parseValue(raw: string): unknown {
  // Values stay strings unless they are JSON literals; passes coerce by their declared types.
  if (/^(true|false|null|-?\d+(\.\d+)?|\[.*\]|\{.*\})$/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return raw;
}

/** Turns `--option`, `--options FILE` and unknown `--name=value` flags into one options map. */
export function passOptionsFrom(cwd: string, raw: { option?: string[]; options?: string }, unknown: readonly string[]): OptionValues {
  const result: OptionValues = {};
  if (raw.options) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(resolve(cwd, raw.options), 'utf8'));
    } catch (error) {
      throw new UsageError(`--options ${raw.options}: ${(error as Error).message.split('\n')[0]}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`--options ${raw.options}: expected a JSON object`);
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === 'object' && value !== null && !Array.isArray(value) && /^[a-z0-9-]+$/.test(key) && key.includes('-')) {
        for (const [inner, innerValue] of Object.entries(value)) result[`${key}.${inner}`] = innerValue;
      } else result[key] = value;
    }
  }
  for (const flag of unknown) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(flag);
    if (!match) throw new UsageError(`unexpected argument "${flag}"`);
    result[match[1]!] = match[2] === undefined ? true : parseValue(match[2]);
  }
  for (const pair of raw.option ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--option expects key=value, got "${pair}"`);
    result[pair.slice(0, eq)] = parseValue(pair.slice(eq + 1));
  }
  return result;
}

/** `--parser` and `--parser-config` become the `parser`/`parserConfig` options jscodeshift transforms see. */
function parserOptionsFrom(cwd: string, raw: { parser?: string; parserConfig?: string }): OptionValues {
  const result: OptionValues = {};
  if (raw.parser) result.parser = raw.parser;
  if (raw.parserConfig) {
    try {
      result.parserConfig = JSON.parse(readFileSync(resolve(cwd, raw.parserConfig), 'utf8'));
    } catch (error) {
      throw new UsageError(`--parser-config ${raw.parserConfig}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return result;
}

/** Splits commander's leftovers into paths and unknown `--flags` (which reach the passes). */
export function splitOperands(operands: readonly string[]): { paths: string[]; unknown: string[] } {
  const paths: string[] = [];
  const unknown: string[] = [];
  for (const operand of operands) (operand.startsWith('--') ? unknown : paths).push(operand);
  return { paths, unknown };
}

export function runFlagsFrom(
  cwd: string,
  raw: Record<string, unknown>,
  operands: readonly string[],
  config: CodemorphConfig,
): RunFlags {
  const { paths, unknown } = splitOperands(operands);
  if (raw.write && raw.check) throw new UsageError('--write and --check cannot be used together');
  if (raw.interactive) {
    const clash = ['check', 'json', 'format', 'stdinFilepath'].find((key) => raw[key]);
    if (clash) throw new UsageError(`--interactive writes what you accept; it cannot be used with --${clash.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  }
  if (raw.write && (raw.format === 'sarif' || raw.format === 'github')) throw new UsageError(`--format ${raw.format} reports what would change; use it with --check or a dry run, not --write`);
  if (raw.json && raw.format && raw.format !== 'json') throw new UsageError(`--json and --format ${raw.format} cannot be used together`);
  if (raw.staged && raw.changedSince) throw new UsageError('--staged and --changed-since cannot be used together');
  const extensions = typeof raw.extensions === 'string'
    ? raw.extensions.split(',').map((ext) => ext.trim().replace(/^\./, '')).filter(Boolean)
    : [...(config.extensions ?? DEFAULT_EXTENSIONS)];
  return {
    paths: paths.length > 0 ? paths : [...(config.paths ?? ['.'])],
    write: Boolean(raw.write) || Boolean(raw.interactive),
    interactive: Boolean(raw.interactive),
    prettier: Boolean(raw.prettier),
    check: Boolean(raw.check),
    json: Boolean(raw.json) || raw.format === 'json',
    format: raw.format === 'sarif' || raw.format === 'github' ? raw.format : undefined,
    patch: raw.patch as string | undefined,
    color: raw.color !== false,
    quiet: Boolean(raw.quiet),
    verbose: Boolean(raw.verbose),
    progress: raw.progress !== false,
    gitignore: raw.gitignore !== false,
    ignore: [...(config.ignore ?? []), ...((raw.ignore as string[]) ?? [])],
    extensions,
    maxFileSize: (raw.maxFileSize as number | undefined) ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    maxRounds: (raw.maxRounds as number | undefined) ?? 1,
    allowDirty: Boolean(raw.allowDirty),
    root: raw.root as string | undefined,
    config: raw.config as string | undefined,
    engine: raw.engine as string | undefined,
    tsconfig: raw.tsconfig as string | undefined,
    verify: raw.verify === 'types' ? 'types' : undefined,
    passOptions: {
      ...passOptionsFrom(cwd, raw as { option?: string[]; options?: string }, unknown),
      ...parserOptionsFrom(cwd, raw as { parser?: string; parserConfig?: string }),
    },
    jobs: raw.jobs as number | undefined,
    fileTimeout: (raw.fileTimeout as number | undefined) ?? DEFAULT_FILE_TIMEOUT_S,
    cache: typeof raw.cache === 'boolean' ? raw.cache : undefined,
    staged: Boolean(raw.staged),
    changedSince: raw.changedSince as string | undefined,
    shard: typeof raw.shard === 'string' ? parseShard(raw.shard) : undefined,
    stdinFilepath: raw.stdinFilepath as string | undefined,
  };
}
