import { UsageError } from '../../core/errors.js';

/**
 * The jscodeshift CLI's arguments, read the way jscodeshift 17 reads them (src/argsParser.js):
 * `--name=value`, `--name value` (the next argument is the value unless it starts with `-`),
 * `--flag`, `--no-flag`, `-x` abbreviations; unknown options are passed to the transform, their
 * values parsed as JSON when they are JSON, repeated ones collected into a list.
 */

interface Known {
  readonly key: string;
  readonly abbr?: string;
  readonly flag?: boolean;
  readonly list?: boolean;
  readonly choices?: readonly unknown[];
  readonly number?: boolean;
  readonly help: string;
  readonly metavar?: string;
  readonly defaultValue?: unknown;
}

/** jscodeshift's defaults: babel's DEFAULT_EXTENSIONS plus ts and tsx, sorted. */
export const JSCODESHIFT_EXTENSIONS = 'cjs,es6,js,jsx,mjs,ts,tsx';

export const KNOWN_OPTIONS: Readonly<Record<string, Known>> = {
  'transform': { key: 'transform', abbr: 't', metavar: 'FILE', defaultValue: './transform.js', help: 'path to the transform file (a URL is refused: download it first)' },
  'cpus': { key: 'cpus', abbr: 'c', metavar: 'N', number: true, help: 'at most N worker threads (codemorph --jobs)' },
  'verbose': { key: 'verbose', abbr: 'v', metavar: 'N', number: true, choices: [0, 1, 2], defaultValue: 0, help: 'show more information: 1 unmodified and skipped files, 2 also ok files' },
  'dry': { key: 'dry', abbr: 'd', flag: true, defaultValue: false, help: 'dry run (no changes are made to files)' },
  'print': { key: 'print', abbr: 'p', flag: true, defaultValue: false, help: 'print transformed files to stdout' },
  'babel': { key: 'babel', flag: true, defaultValue: true, help: 'accepted for compatibility (transforms are always compiled as jscodeshift would)' },
  'extensions': { key: 'extensions', metavar: 'EXT', defaultValue: JSCODESHIFT_EXTENSIONS, help: 'transform files with these file extensions (comma separated list)' },
  'ignore-pattern': { key: 'ignorePattern', list: true, metavar: 'GLOB', help: 'ignore files that match a provided glob expression (repeatable)' },
  'ignore-config': { key: 'ignoreConfig', list: true, metavar: 'FILE', help: 'ignore files matching patterns from a file such as a .gitignore (repeatable)' },
  'gitignore': { key: 'gitignore', flag: true, defaultValue: false, help: 'also skip files listed in .gitignore' },
  'run-in-band': { key: 'runInBand', flag: true, defaultValue: false, help: 'run serially in the current process' },
  'silent': { key: 'silent', abbr: 's', flag: true, defaultValue: false, help: 'no progress lines and no summary' },
  'parser': { key: 'parser', choices: ['babel', 'babylon', 'flow', 'ts', 'tsx'], defaultValue: 'babel', help: 'the parser for source files (when the transform exports none)' },
  'parser-config': { key: 'parserConfig', metavar: 'FILE', help: 'JSON file of parser options for flow or babylon' },
  'fail-on-error': { key: 'failOnError', flag: true, defaultValue: false, help: 'exit 1 when a file had an error' },
  'stdin': { key: 'stdin', flag: true, defaultValue: false, help: 'read the list of paths from stdin, one a line' },
  'refuse-dirty': { key: 'refuseDirty', flag: true, defaultValue: false, help: 'codemorph only: refuse to write files with uncommitted git changes' },
  'version': { key: 'version', flag: true, help: 'print versions and exit' },
  'help': { key: 'help', abbr: 'h', flag: true, help: 'print this help and exit' },
};

export interface ParsedArgs {
  /** Every option by jscodeshift's key (camelCase for its own, as written for unknown ones). */
  readonly options: Record<string, unknown>;
  readonly positional: string[];
}

const isOption = (value: string | undefined): boolean => value !== undefined && /^--?/.test(value);

function jsonOrString(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function findKnown(name: string): Known | undefined {
  if (name.startsWith('--')) {
    const bare = name.slice(2);
    return KNOWN_OPTIONS[bare] ?? (bare.startsWith('no-') && KNOWN_OPTIONS[bare.slice(3)]?.flag ? KNOWN_OPTIONS[bare.slice(3)] : undefined);
  }
  return Object.values(KNOWN_OPTIONS).find((option) => option.abbr !== undefined && `-${option.abbr}` === name);
}

export function parseJscodeshiftArgs(args: readonly string[]): ParsedArgs {
  const options: Record<string, unknown> = {};
  for (const option of Object.values(KNOWN_OPTIONS)) {
    if (option.defaultValue !== undefined) options[option.key] = option.defaultValue;
    else if (option.list) options[option.key] = [];
  }
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!isOption(arg)) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    let value: string | null = eq === -1 ? null : arg.slice(eq + 1);
    const known = findKnown(name);
    const key = known?.key ?? name.replace(/^--?(no-)?/, '');
    const seen = Object.prototype.hasOwnProperty.call(options, key);
    // Unknown: a flag when it has no value and the next argument is an option (or a --no- form).
    const flag = known ? known.flag : !seen && value === null && isOption(args[i + 1]);
    if (flag) {
      options[key] = name.startsWith('--no-') ? false : value === null ? true : value === '1';
      continue;
    }
    if (value === null && i < args.length - 1 && !isOption(args[i + 1])) value = args[++i]!;
    if (value === null) throw new UsageError(`Missing value: ${name} requires a value`);
    const parsed = known ? (known.number ? Number(value) : value) : jsonOrString(value);
    if (known?.list) (options[key] as unknown[]).push(parsed);
    else if (!known && seen && options[key] !== true) {
      // Seen before with a value: jscodeshift collects the values into a list.
      const previous = options[key];
      options[key] = [...(Array.isArray(previous) ? previous : [previous]), parsed];
    } else options[key] = parsed;
  }
  for (const [name, option] of Object.entries(KNOWN_OPTIONS)) {
    if (option.choices && !option.choices.includes(options[option.key])) {
      throw new UsageError(`--${name} must be one of the values ${option.choices.join(',')}`);
    }
  }
  return { options, positional };
}

/** The help text: jscodeshift's usage lines and options (docs/jscodeshift.md has the details). */
export function jscodeshiftHelp(): string {
  const lines = Object.entries(KNOWN_OPTIONS).map(([name, option]) => {
    let text = `  ${option.abbr ? `-${option.abbr}, ` : '    '}--${option.flag && name !== 'help' && name !== 'version' ? '(no-)' : ''}${name}`;
    if (option.choices) text += `=${option.choices.join('|')}`;
    else if (option.metavar) text += `=${option.metavar}`;
    if (option.list) text += ' ...';
    text = text.padEnd(34) + option.help;
    if (option.defaultValue !== undefined) text += ` (default: ${String(option.defaultValue)})`;
    return text;
  });
  return `Usage: codemorph jscodeshift [OPTION]... -t TRANSFORM_PATH PATH...
  or:  codemorph jscodeshift [OPTION]... -t TRANSFORM_PATH --stdin < file_list.txt

Runs a jscodeshift transform with jscodeshift's command line and summary, writing through
codemorph's writer (atomic, journaled for \`codemorph undo\`, every output re-parsed).
Every option is also passed to the transform, so custom --name value options work.

${lines.join('\n')}

Docs: docs/jscodeshift.md
`;
}
