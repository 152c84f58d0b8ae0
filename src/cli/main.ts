import { Command, CommanderError } from 'commander';
import { CodemorphError, EXIT_CODES } from '../core/errors.js';
import { codemorphVersion } from '../workspace/own-version.js';
import { registerGenerate } from './commands/generate.js';
import { registerList } from './commands/list.js';
import { registerMigrate } from './commands/migrate.js';
import { registerProjects } from './commands/projects.js';
import { registerReview } from './commands/review.js';
import { registerRewrite } from './commands/rewrite.js';
import { registerRun } from './commands/run.js';
import { registerSearch } from './commands/search.js';
import { registerUndo } from './commands/undo.js';
import { processIO, type CliIO } from './io.js';

const FOOTER = `
Exit codes:
  0  success (with or without changes)
  1  --check: some file would change; review: the patch has findings
  2  a file failed (pass threw, output did not parse, could not write), a patch does not apply, or a usage error
  130  --write stopped by Ctrl-C: says how many files were written (codemorph undo restores them)

Docs: docs/cli.md (every flag), docs/writing-passes.md, docs/recipes.md`;

type Register = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

/** The commands, in the order --help lists them. */
const COMMANDS: Readonly<Record<string, Register>> = {
  run: registerRun,
  rewrite: registerRewrite,
  search: registerSearch,
  review: registerReview,
  list: registerList,
  undo: registerUndo,
  generate: registerGenerate,
  migrate: registerMigrate,
  projects: registerProjects,
};

/**
 * Runs the CLI and returns the exit code. The only place that turns errors into one-line
 * messages: `path: pass-id: message`, with a stack only under --verbose.
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exit = 0;
  const setExit = (code: number): void => {
    exit = code;
  };
  const program = new Command('codemorph')
    .description('AST-based codemods and refactors for TypeScript and JavaScript: diff by default, --write to apply')
    .version(codemorphVersion(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', FOOTER);
  // A command named first is the only one set up: its options are all commander parses then, and
  // setting up every command's (~4 ms) is for the list in --help and the suggestion after a typo.
  const named = Object.hasOwn(COMMANDS, argv[0] ?? '') ? COMMANDS[argv[0]!] : undefined;
  for (const register of named ? [named] : Object.values(COMMANDS)) register(program, io, setExit);
  // Listed for --help only: its arguments are jscodeshift's, read by its own parser below.
  if (!named) program.command('jscodeshift').description('run a jscodeshift transform with jscodeshift\'s own flags and summary (codemorph jscodeshift --help)');
  const verbose = argv.includes('--verbose');
  try {
    // Loaded only for this command: it brings in discovery, the step loader and execute.
    if (argv[0] === 'jscodeshift') return await (await import('./commands/jscodeshift.js')).runJscodeshiftCli(io, argv.slice(1));
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? 0 : EXIT_CODES.usage;
    }
    if (error instanceof CodemorphError) {
      io.stderr(`codemorph: ${error.message}\n`);
      if (error.hint) io.stderr(`hint: ${error.hint}\n`);
      if (verbose && error.stack) io.stderr(`${error.stack}\n`);
      return EXIT_CODES[error.kind];
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`codemorph: ${message.split('\n')[0]}\n`);
    if (verbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
