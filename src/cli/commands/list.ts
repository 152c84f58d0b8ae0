import type { Command } from 'commander';
import type { CliIO } from '../io.js';

/** `codemorph list`: built-in passes (id, whether it needs types, title) and recipes. */
export function registerList(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('list')
    .description('list the built-in passes and recipes')
    .option('--json', 'print them as JSON', false)
    .action(async (raw: { json: boolean }) => {
      // Loaded when the command runs: the registry brings in every pass (and TypeScript).
      const { builtinPasses, builtinRecipes } = await import('../../../transforms/index.js');
      const passes = builtinPasses.filter((pass) => !pass.hidden);
      if (raw.json) {
        const data = {
          passes: passes.map(({ id, title, description, needs, options }) => ({ id, title, description, needs, options: options ?? {} })),
          recipes: builtinRecipes.map(({ name, description, steps }) => ({ name, description, steps })),
        };
        io.stdout(`${JSON.stringify(data, null, 2)}\n`);
        setExit(0);
        return;
      }
      const width = Math.max(0, ...passes.map((pass) => pass.id.length), ...builtinRecipes.map((recipe) => recipe.name.length));
      io.stdout('Passes:\n');
      for (const pass of passes) {
        io.stdout(`  ${pass.id.padEnd(width)}  ${pass.needs === 'types' ? 'types ' : 'syntax'}  ${pass.title}\n`);
      }
      if (builtinRecipes.length > 0) {
        io.stdout('\nRecipes:\n');
        for (const recipe of builtinRecipes) io.stdout(`  ${recipe.name.padEnd(width)}  ${recipe.description ?? ''}\n`);
      }
      setExit(0);
    });
}
