import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Match } from '../../engines/patterns/index.js';
import { DEFAULT_EXTENSIONS } from '../../workspace/extensions.js';
import { colorFor, type CliIO } from '../io.js';

const EXAMPLES = `
Examples:
  $ codemorph search --pattern 'assert.equal($A, $B)' test/
  $ codemorph search --pattern 'new Promise(($R) => $R($X))' src --json

Prints file:line:column and the matched code, nested matches included. Exit code 0 whether or
not anything matched, 2 on a usage error. Docs: docs/patterns.md`;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function formatMatch(match: Match, path: string, bold: (text: string) => string): string {
  const [first, ...rest] = match.text.split('\n');
  // Continuation lines keep their own indentation, shifted under the location prefix.
  return [`${bold(`${path}:${match.line}:${match.column}`)}: ${first}`, ...rest.map((line) => `  ${line}`)].join('\n');
}

export function registerSearch(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('search')
    .description('print code matching a pattern (file:line:column and the match)')
    .argument('[paths...]', 'files, directories or globs (default: .)')
    .requiredOption('-p, --pattern <pattern>', 'code to find, with $NAME / $$$NAME / $_ metavariables')
    .addOption(new Option('--language <language>', 'parse the pattern as ts or tsx (default: ts, then tsx)').choices(['ts', 'tsx']))
    .option('--json', 'print { matches, files, count } as JSON', false)
    .addOption(new Option('--format <format>', 'json (as --json), sarif (SARIF 2.1.0) or github (workflow annotations): each match a finding').choices(['json', 'sarif', 'github']))
    .option('--no-color', 'no colour, even on a terminal')
    .option('--no-gitignore', 'do not skip files listed in .gitignore')
    .option('--ignore <glob>', 'skip files matching GLOB (repeatable)', collect, [])
    .option('--extensions <list>', `file extensions to pick up in directories (default: ${DEFAULT_EXTENSIONS.join(',')})`)
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      // Loaded when the command runs: --help and other commands never pay for them.
      const { compilePattern, searchFiles } = await import('../../engines/patterns/index.js');
      const { discoverFiles } = await import('../../workspace/discover.js');
      if (raw.json && raw.format && raw.format !== 'json') throw new UsageError(`--json and --format ${String(raw.format)} cannot be used together`);
      const json = Boolean(raw.json) || raw.format === 'json';
      const findingsFormat = raw.format === 'sarif' || raw.format === 'github' ? raw.format : undefined;
      const pattern = compilePattern(raw.pattern as string, { language: raw.language as 'ts' | 'tsx' | undefined });
      const files = await discoverFiles({
        cwd: io.cwd,
        patterns: paths,
        ignore: raw.ignore as string[],
        gitignore: raw.gitignore !== false,
        extensions: typeof raw.extensions === 'string' ? raw.extensions.split(',').map((ext) => ext.trim().replace(/^\./, '')) : undefined,
      });
      const show = (absolute: string): string => relative(io.cwd, absolute).split('\\').join('/') || '.';
      // A dangling symlink named on the command line is listed by discovery so that it gets reported.
      const readable = files.filter((file) => existsSync(file) || (io.stderr(`${show(file)}: skipped: cannot read (ENOENT)\n`), false));
      const color = await colorFor(io, { tty: io.stdoutIsTTY, flag: raw.color !== false });
      const bold = (text: string): string => (color ? color.bold(text) : text);
      const matches: Match[] = [];
      for await (const match of searchFiles(readable, pattern)) {
        const shown = { ...match, path: show(match.path) };
        if (json || findingsFormat) matches.push(shown);
        else io.stdout(`${formatMatch(shown, shown.path, bold)}\n`);
      }
      if (findingsFormat) {
        const { matchFindings, printFindings } = await import('../search-findings.js');
        await printFindings(io, findingsFormat, matchFindings(matches, pattern.source));
      } else if (json) {
        io.stdout(`${JSON.stringify({ pattern: pattern.source, files: files.length, count: matches.length, matches }, null, 2)}\n`);
      }
      setExit(0);
    });
}
