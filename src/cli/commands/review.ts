import { Option, type Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { CliIO } from '../io.js';

const EXAMPLES = `
Examples:
  $ git diff main... | codemorph review -              review a branch's change
  $ codemorph review fix.patch --verify types --recipe modernize
  $ codemorph review pr.diff --format sarif > review.sarif
  $ codemorph review fix.patch --apply                 write it only if the review passes

Exit codes: 0 applies and nothing found, 1 applies with findings, 2 does not apply, a check
failed, or a usage error. Docs: docs/review.md`;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function seconds(value: string): number {
  const parsed = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new UsageError(`--file-timeout expects a number of seconds (0: no limit), got "${value}"`);
  return parsed;
}

/** `codemorph review PATCH|-`: the gate for changes codemorph did not make. */
export function registerReview(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('review')
    .description('check a unified diff (a file, or - for stdin) before it lands: applies, parses, security rules, passes; never touches the tree unless --apply')
    .argument('<patch>', 'the patch file, or - to read it from stdin')
    .option('--recipe <transforms>', 'passes, recipes or rule files to run in check mode, as for run (findings only on added lines)')
    .option('--rules <file>', 'a YAML pattern-rule file to run too (repeatable)', collect, [])
    .option('--no-security', 'do not run the built-in security rules')
    .option('--disable <rules>', 'turn off these security rules (comma-separated ids, repeatable)', collect, [])
    .addOption(new Option('--verify <what>', 'also report type errors the patch adds (native tsc, against the unpatched tree)').choices(['types']))
    .option('--tsconfig <file>', 'tsconfig for --verify types and type-aware passes (default: the nearest to the root)')
    .addOption(new Option('--format <format>', 'output: text, json, sarif (SARIF 2.1.0) or github (workflow annotations)').choices(['text', 'json', 'sarif', 'github']))
    .option('--json', 'the same as --format json', false)
    .option('--apply', 'when the review passes (exit 0), write the patch to the working tree (journaled: codemorph undo reverts it)', false)
    .option('--allow-dirty', 'let --apply touch files with uncommitted git changes', false)
    .option('--root <dir>', 'the tree the patch applies to (default: the current directory)')
    .option('--file-timeout <seconds>', 'fail a file whose passes run longer than this (0: no limit)', seconds, 60)
    .option('--verbose', 'show stack traces of failures', false)
    .addHelpText('after', EXAMPLES)
    .action(async (patch: string, raw: Record<string, unknown>) => {
      // Loaded when the command runs: --help and other commands never pay for the review machinery.
      const { runReview } = await import('../review-run.js');
      setExit(await runReview(io, patch, raw));
    });
}
