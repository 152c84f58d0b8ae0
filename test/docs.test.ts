import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPasses, builtinRecipes } from '../transforms/index.js';
import { cli, REPO } from './cli-helpers.js';

/** Long flags of a command, read from its own --help. */
function flagsOf(command: string): string[] {
  const help = cli(REPO, [command, '--help']).stdout;
  return [...new Set([...help.matchAll(/(?:^|\s)(--[a-z][a-z-]*)/gm)].map((match) => match[1]!))].filter(
    (flag) => flag !== '--help',
  );
}

describe('documentation covers the product', () => {
  const cliDoc = readFileSync(join(REPO, 'docs/cli.md'), 'utf8');

  for (const command of ['run', 'rewrite', 'search', 'review', 'list', 'undo', 'jscodeshift', 'generate', 'migrate', 'projects']) {
    it(`docs/cli.md documents every flag of \`codemorph ${command}\``, () => {
      const missing = flagsOf(command).filter((flag) => !cliDoc.includes(`\`${flag}`) && !cliDoc.includes(` ${flag}`));
      expect(missing).toEqual([]);
    });
  }

  it('every built-in pass has a doc page with a before/after example, and fixtures', () => {
    const problems: string[] = [];
    for (const pass of builtinPasses) {
      const doc = join(REPO, 'docs/transforms', `${pass.id}.md`);
      if (!existsSync(doc)) problems.push(`${pass.id}: no docs/transforms/${pass.id}.md`);
      else if (!/before/i.test(readFileSync(doc, 'utf8')) || !/after/i.test(readFileSync(doc, 'utf8'))) {
        problems.push(`${pass.id}: its doc has no before/after example`);
      }
      const fixtures = join(REPO, '__testfixtures__', pass.id);
      if (!existsSync(fixtures) || readdirSync(fixtures).length === 0) problems.push(`${pass.id}: no __testfixtures__/${pass.id}/`);
    }
    expect(problems).toEqual([]);
  });

  it('every built-in recipe names only passes that exist', () => {
    const ids = new Set([...builtinPasses.map((pass) => pass.id), ...builtinRecipes.map((recipe) => recipe.name)]);
    const unknown = builtinRecipes.flatMap((recipe) =>
      recipe.steps.map((step) => (typeof step === 'string' ? step : step.id)).filter((id) => id && !ids.has(id)),
    );
    expect(unknown).toEqual([]);
  });

  it('README opens with the two set-up commands and .ci/run calls the same test command', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(readme).toContain('npm install && npm run example');
    expect(readme).toContain('npm install && npm test');
    expect(readFileSync(join(REPO, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
