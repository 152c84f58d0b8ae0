import type { Command } from 'commander';
import { addRunFlags } from '../flags.js';
import type { CliIO } from '../io.js';

const EXAMPLES = `
Examples:
  $ codemorph migrate greeter-lib@2.0.0            the diff of every migration from the installed version to 2.0.0
  $ codemorph migrate greeter-lib@^2 --list        which migrations would run
  $ codemorph migrate greeter-lib@2.0.0 --write    apply them and move the range in package.json
  $ codemorph migrate greeter-lib --from 1.0.0     already upgraded: run the migrations since 1.0.0

Exit codes: 0 success, 1 --check found changes, 2 a file failed or a usage error.`;

/** `codemorph migrate`: run the migrations a package ships between two of its versions, as one run. */
export function registerMigrate(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const command = program
    .command('migrate')
    .description("run the codemods a package ships for upgrading it (its package.json \"codemorph\": { \"migrations\" }), as one run")
    .argument('<package>', 'name[@version]: the version (a range, a tag, file:...) defaults to the installed package\'s own')
    .argument('[paths...]', 'files, directories or globs (default: the config "paths", else .)')
    .option('--from <version>', 'the version upgraded from (default: node_modules, else the lockfile)')
    .option('--to <version>', 'the version upgraded to (default: the target package\'s version)')
    .option('--list', 'list the migrations that would run, and run nothing', false)
    .addHelpText('after', EXAMPLES);
  addRunFlags(command).action(async (spec: string, operands: string[], raw: Record<string, unknown>) => {
    // Loaded when the command runs: --help never pays for semver, the step loader or the runner.
    const { migrateCommand } = await import('../migrate/command.js');
    setExit(await migrateCommand(io, spec, operands, raw));
  });
}
