import type { Command } from 'commander';
import { addRunFlags, runFlagsFrom } from '../flags.js';
import type { CliIO } from '../io.js';
import { reserveStdoutForReport } from '../json-stdout.js';

const EXAMPLES = `
Examples:
  $ codemorph run var-to-let-const src/            print the diff, change nothing
  $ codemorph run modernize . --write              apply a built-in recipe in place
  $ codemorph run a,b,./my-pass.ts "src/**/*.js"   several passes in order, one read per file
  $ codemorph run ./recipe.yaml --check            exit 1 if anything would change (CI)
  $ codemorph run ./jscodeshift-transform.js src --parser=tsx
  $ codemorph run rename -o symbol=src/a.ts#foo -o to=bar

Exit codes: 0 success (changes or not), 1 --check found changes, 2 a file failed or a usage error.`;

export function registerRun(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const command = program
    .command('run')
    .description('run transforms (built-in ids, recipe names, files) over paths or globs (default: .)')
    .argument('<transforms>', 'comma-separated: built-in pass ids, recipe names, or paths to passes, jscodeshift transforms, rule files or recipes')
    .argument('[paths...]', 'files, directories or globs (default: the config "paths", else .)')
    .allowUnknownOption(true)
    .addHelpText('after', EXAMPLES);
  addRunFlags(command).action(async (transforms: string, operands: string[], raw: Record<string, unknown>) => {
    // Loaded when the command runs, in parallel: --help, --version and other commands never pay for them.
    const [{ loadSteps }, { anchorConfig, configRecipes, loadConfig }, { execute }] = await Promise.all([
      import('../../workspace/steps.js'),
      import('../../workspace/config.js'),
      import('../execute.js'),
    ]);
    const loaded = await loadConfig(io.cwd, raw.config as string | undefined);
    // Paths and ignore globs in a config file are relative to the file, wherever codemorph is started from.
    const config = anchorConfig(loaded);
    const flags = runFlagsFrom(io.cwd, raw, operands, config);
    // Loading a transform may print too: stdout is the report's from here on.
    const restore = flags.json ? reserveStdoutForReport() : undefined;
    try {
      const steps = await loadSteps(transforms, {
        cwd: io.cwd,
        cliOptions: flags.passOptions,
        configOptions: config.options,
        configRecipes: configRecipes(loaded),
        engine: flags.engine,
      });
      setExit(await execute(io, steps, flags));
    } finally {
      restore?.();
    }
  });
}
