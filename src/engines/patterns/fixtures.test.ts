import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource, syntaxErrors } from '../../core/parse.js';
import type { FilePass } from '../../core/pass.js';
import type { FileResult } from '../../core/result.js';
import { applyPass, UPDATE_ENV } from '../../testing/fixtures.js';
import { loadRuleFile } from './pass.js';
import { withTypes } from './with-types.js';

/**
 * Fixture layout (docs/patterns.md):
 *   __testfixtures__/patterns/rewrite/<case>.rule.yaml + <case>.input.<ext> [+ <case>.output.<ext>]
 *   __testfixtures__/patterns/examples/<name>/<case>.input.<ext> [+ .output.<ext>], rules from
 *   examples/rules/<name>.yaml
 * No output file: the case must not change. Rules run up to 5 rounds (overlapping matches are
 * retried in the next round), then the output must parse and a second run must change nothing.
 */
const root = resolve(import.meta.dirname, '../../../__testfixtures__/patterns');
const MAX_ROUNDS = 5;

interface Case {
  readonly name: string;
  readonly rules: string;
  readonly input: string;
  readonly output: string;
}

function casesIn(dir: string, rulesFor: (name: string) => string): Case[] {
  return readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const match = /^(.+)\.input\.([a-z]+)$/.exec(file);
      if (!match) return [];
      const [, name, extension] = match as unknown as [string, string, string];
      return [{ name, rules: rulesFor(name), input: join(dir, file), output: join(dir, `${name}.output.${extension}`) }];
    });
}

function describeResult(result: FileResult): string {
  if (result.status === 'failed') return `failed: ${result.error.message}`;
  if (result.status === 'skipped') return `skipped: ${result.reason}`;
  return result.status;
}

function runnable(pass: FilePass): FilePass {
  return pass.needs === 'types' ? withTypes(pass) : pass;
}

function defineCases(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const fixture of cases) {
      it(fixture.name, async () => {
        const pass = runnable(loadRuleFile(fixture.rules));
        const input = readFileSync(fixture.input, 'utf8');
        const result = await applyPass(pass, input, { path: fixture.input, maxRounds: MAX_ROUNDS });
        if (process.env[UPDATE_ENV] === '1' && result.status === 'changed') writeFileSync(fixture.output, result.after);
        if (!existsSync(fixture.output)) {
          expect(describeResult(result), 'no output file: this case must not change').toBe('unchanged');
          return;
        }
        const expected = readFileSync(fixture.output, 'utf8');
        expect(describeResult(result)).toBe('changed');
        const actual = result.status === 'changed' ? result.after : input;
        expect(actual).toBe(expected);
        expect(syntaxErrors(parseSource(fixture.input, actual)), 'output must parse').toEqual([]);
        const again = await applyPass(pass, actual, { path: fixture.input, maxRounds: MAX_ROUNDS });
        expect(describeResult(again), 'a second run must change nothing').toBe('unchanged');
      });
    }
  });
}

defineCases(
  'pattern rewrite fixtures',
  casesIn(join(root, 'rewrite'), (name) => join(root, 'rewrite', `${name}.rule.yaml`)),
);

const examples = join(root, 'examples');
for (const name of readdirSync(examples).sort()) {
  const rules = resolve(import.meta.dirname, '../../../examples/rules', `${name}.yaml`);
  defineCases(`examples/rules/${name}.yaml`, casesIn(join(examples, name), () => rules));
}
