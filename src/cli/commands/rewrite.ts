import { Option, type Command } from 'commander';
import { addRunFlags, runFlagsFrom } from '../flags.js';
import type { CliIO } from '../io.js';

const EXAMPLES = `
Examples:
  $ codemorph rewrite --pattern 'assert.equal($A, $B)' --to 'assert.strictEqual($A, $B)' test/
  $ codemorph rewrite --pattern 'new Buffer($S)' --to 'Buffer.from($S)' src --write
  $ codemorph rewrite --pattern 'foo($$$ARGS)' --to 'bar($$$ARGS)' --check

$NAME matches one node (twice: equal code), $$$NAME a list (arguments, statements, elements,
parameters, properties), $_ anything. Rule files (where/inside/has): codemorph run rules.yaml.
Docs: docs/patterns.md`;

export function registerRewrite(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const command = program
    .command('rewrite')
    .description('rewrite code matching a pattern to a template (diff by default, --write to apply)')
    .argument('[paths...]', 'files, directories or globs (default: the config "paths", else .)')
    .requiredOption('-p, --pattern <pattern>', 'code to find, with $NAME / $$$NAME / $_ metavariables')
    .requiredOption('-t, --to <template>', 'replacement, using the metavariables bound by the pattern')
    .addOption(new Option('--language <language>', 'parse the pattern as ts or tsx (default: ts, then tsx)').choices(['ts', 'tsx']))
    .addHelpText('after', EXAMPLES);
  addRunFlags(command).action(async (operands: string[], raw: Record<string, unknown>) => {
    // Loaded when the command runs: --help and other commands never pay for them.
    const [{ createRewritePass, loadRuleFile }, { anchorConfig, loadConfig }, { execute }, { ruleFileFor }] = await Promise.all([
      import('../../engines/patterns/index.js'),
      import('../../workspace/config.js'),
      import('../execute.js'),
      import('../rewrite-rule-file.js'),
    ]);
    const pattern = raw.pattern as string;
    const to = raw.to as string;
    const language = raw.language as 'ts' | 'tsx' | undefined;
    createRewritePass({ pattern, to, language }); // usage errors (a pattern that does not parse) before any file is read
    const loaded = await loadConfig(io.cwd, raw.config as string | undefined);
    const config = anchorConfig(loaded);
    const flags = runFlagsFrom(io.cwd, raw, operands, config);
    const rule = ruleFileFor(pattern, to, language);
    try {
      const pass = loadRuleFile(rule.path);
      setExit(await execute(io, [{ pass, options: {}, source: rule.path }], flags));
    } finally {
      rule.dispose();
    }
  });
}
