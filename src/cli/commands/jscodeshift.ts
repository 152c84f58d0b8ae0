import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, relative, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { discoverFiles } from '../../workspace/discover.js';
import { codemorphVersion } from '../../workspace/own-version.js';
import { loadSteps } from '../../workspace/steps.js';
import { execute } from '../execute.js';
import { DEFAULT_FILE_TIMEOUT_S, type RunFlags } from '../flags.js';
import type { CliIO } from '../io.js';
import { jscodeshiftHelp, parseJscodeshiftArgs } from '../jscodeshift/args.js';
import { createJscodeshiftReporter } from '../jscodeshift/report.js';

/** jscodeshift's ignore patterns as globs: `name` anywhere, `dir/` and what is under it. */
export function ignoreGlobs(pattern: string): string[] {
  if (!pattern || pattern.startsWith('#')) return [];
  if (!pattern.includes('/')) return [`**/${pattern}`, pattern];
  if (pattern.endsWith('/')) return [`**/${pattern}**`, `${pattern}**`, pattern];
  return [pattern];
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

function versions(): string {
  const require = createRequire(import.meta.url);
  // recast and flow-parser as jscodeshift resolves them.
  const fromJscodeshift = createRequire(require.resolve('jscodeshift/package.json'));
  const version = (name: string, from = require): string => (from(`${name}/package.json`) as { version: string }).version;
  return `codemorph: ${codemorphVersion()}\njscodeshift: ${version('jscodeshift')}\n - recast: ${version('recast', fromJscodeshift)}\n - flow: ${version('flow-parser-compat')} (then ${version('flow-parser', fromJscodeshift)})\n`;
}

/**
 * `codemorph jscodeshift …`: jscodeshift's command line, flags and summary, run through codemorph's
 * engine and writer (atomic writes, journal for `codemorph undo`, every output re-parsed).
 * Returns the exit code as jscodeshift would: 0, or 1 with --fail-on-error when a file failed.
 */
export async function runJscodeshiftCli(io: CliIO, args: readonly string[]): Promise<number> {
  const started = performance.now();
  const { options, positional } = parseJscodeshiftArgs(args);
  if (options.help === true) {
    io.stdout(jscodeshiftHelp());
    return 0;
  }
  if (options.version === true) {
    io.stdout(versions());
    return 0;
  }
  const transform = String(options.transform);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(transform)) {
    throw new UsageError(`-t ${transform}: transforms are never fetched from URLs; download it and pass the file path`);
  }
  const transformPath = resolve(io.cwd, transform);
  if (!existsSync(transformPath)) throw new UsageError(`-t ${transform}: transform file does not exist`);
  const wanted = options.stdin === true ? readStdin().split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : positional;
  if (wanted.length === 0) throw new UsageError('You have to provide at least one file/directory to transform (see --help)');

  const out = options.silent === true ? () => {} : io.stdout;
  const paths = wanted.filter((path) => {
    if (existsSync(resolve(io.cwd, path))) return true;
    io.stderr(`Skipping path ${path} which does not exist. \n`);
    return false;
  });
  const extensions = String(options.extensions).split(',').map((ext) => ext.trim().replace(/^\./, '')).filter(Boolean);
  const ignoreFiles = (options.ignoreConfig as unknown[]).map(String).flatMap((file) => {
    try {
      return readFileSync(resolve(io.cwd, file), 'utf8').split(/\r?\n/);
    } catch (error) {
      throw new UsageError(`--ignore-config ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  });
  const ignore = [...(options.ignorePattern as unknown[]).map(String), ...ignoreFiles].flatMap(ignoreGlobs);
  const gitignore = options.gitignore === true;
  // As jscodeshift: named files are filtered by extension and ignore patterns too.
  const found = paths.length === 0 ? [] : await discoverFiles({ cwd: io.cwd, patterns: paths, ignore, gitignore, extensions });
  const files = found.filter((file) => extensions.includes(extname(file).slice(1)));

  const dry = options.dry === true;
  if (files.length === 0) out('No files selected, nothing to do. \n');
  else {
    out(`Processing ${files.length} files... \n`);
    if (dry) out('Running in dry mode, no files will be written! \n');
  }
  const show = (absolute: string): string => relative(io.cwd, absolute).split('\\').join('/');
  const reporter = createJscodeshiftReporter({
    out,
    show,
    verbose: Number(options.verbose),
    print: options.print === true,
    silent: options.silent === true,
    dry,
    started,
  });
  if (files.length === 0) {
    reporter.end({ scanned: 0, changed: 0, unchanged: 0, skipped: 0, failed: 0, warnings: 0, stats: {}, passes: {}, durationMs: 0 });
    return 0;
  }
  if (typeof options.parserConfig === 'string') {
    const file = options.parserConfig;
    try {
      options.parserConfig = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8'));
    } catch (error) {
      throw new UsageError(`--parser-config ${file}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const jobs = options.runInBand === true ? 1 : typeof options.cpus === 'number' && options.cpus >= 1 ? Math.floor(options.cpus) : undefined;
  const flags: RunFlags = {
    paths: files,
    write: !dry,
    check: false,
    json: false,
    color: false,
    quiet: true,
    verbose: false,
    progress: false,
    gitignore,
    ignore,
    extensions,
    maxFileSize: Number.MAX_SAFE_INTEGER,
    maxRounds: 1,
    allowDirty: options.refuseDirty !== true,
    // Every option reaches the transform, jscodeshift's own included, as jscodeshift does.
    passOptions: options,
    jobs,
    fileTimeout: DEFAULT_FILE_TIMEOUT_S,
    cache: false,
    staged: false,
  };
  const steps = await loadSteps(transformPath, { cwd: io.cwd, cliOptions: flags.passOptions, engine: 'jscodeshift' });
  await execute(io, steps, flags, { reporter });
  return options.failOnError === true && reporter.counts().errors > 0 ? 1 : 0;
}
