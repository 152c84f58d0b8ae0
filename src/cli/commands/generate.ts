import type { Command } from 'commander';
import type { CliIO } from '../io.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const EXAMPLES = `
Examples:
  $ codemorph generate pass my-pass                 show what would be created (CREATE lines and the diff)
  $ codemorph generate pass my-pass --write         create it (codemorph undo removes it again)
  $ codemorph generate ./tools/feature users -o route=/users --write
  $ codemorph generate @acme/ui:component Button   a generator shipped by an installed package

Exit codes: 0 success, 2 a usage error, a file that would exist twice, output that does not parse, or a failed write.`;

/** `codemorph generate`: render a generator's templates and edits into the project; dry run by default. */
export function registerGenerate(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('generate')
    .description('create files from a generator (built-in: pass, rule, recipe; a folder; config "generators"; package:name)')
    .argument('<generator>', 'a built-in name, a generator folder, a name from the config "generators", or package:name')
    .argument('[name]', 'the "name" option, the one most generators need')
    .option('-o, --option <key=value>', 'a generator option (repeatable); see the generator\'s schema.json', collect, [])
    .option('-w, --write', 'write the files (default: print CREATE/UPDATE/DELETE/RENAME lines and the diff, change nothing)', false)
    .option('--prettier', "format the created files with the project's prettier and its config", false)
    .option('--allow-dirty', 'let --write update files with uncommitted git changes', false)
    .option('--root <dir>', 'project root: paths are relative to it and nothing outside it is written (default: the current directory)')
    .option('--config <file>', 'use this config file instead of searching for codemorph.config.*')
    .option('--no-color', 'no colour, even on a terminal')
    .option('-q, --quiet', 'print only errors', false)
    .option('--verbose', 'show stack traces of failures', false)
    .addHelpText('after', EXAMPLES)
    .action(async (generator: string, name: string | undefined, raw: Record<string, unknown>) => {
      // Loaded when the command runs: --help never pays for TypeScript, EJS or the writer.
      const { generateCommand } = await import('../generate/command.js');
      setExit(await generateCommand(io, generator, name, raw));
    });
}
