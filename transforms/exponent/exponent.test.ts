import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './exponent.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });

/** Evaluates the fixture module's exports (plain JS, no imports) as functions. */
function load(code: string): Record<string, (...args: unknown[]) => unknown> {
  const body = code.replace(/export (const|function) (\w+)/g, (_, kind: string, name: string) => `${kind} ${name}`);
  const names = [...code.matchAll(/export (?:const|function) (\w+)/g)].map((match) => match[1]);
  return new Function(`${body}\nreturn { ${names.join(', ')} };`)() as Record<string, (...args: unknown[]) => unknown>;
}

describe('exponent keeps values', () => {
  it('computes the same results as Math.pow in the basic fixture', async () => {
    const before = load(readFileSync(`${fixtures}/exponent/basic.input.js`, 'utf8'));
    const after = load(readFileSync(`${fixtures}/exponent/basic.output.js`, 'utf8'));
    const point = (x: number, y: number): unknown => ({ x, y });
    expect(after.distance!(point(1, 2), point(4, 6))).toBe(before.distance!(point(1, 2), point(4, 6)));
    for (const name of ['square', 'neg', 'flipped', 'fixed', 'nested', 'right', 'pre', 'trailing']) {
      for (const x of [-3, -1.5, 0, 2, 3]) expect(after[name]!(x), `${name}(${x})`).toEqual(before[name]!(x));
    }
    for (const name of ['sum', 'cond', 'already']) {
      for (const [a, b] of [[2, 3], [0, 1], [-2, 2], [1.5, -1]]) {
        expect(after[name]!(a, b), `${name}(${a}, ${b})`).toEqual(before[name]!(a, b));
      }
    }
    expect(await after.asyncPow!(Promise.resolve(-4))).toBe(await before.asyncPow!(Promise.resolve(-4)));
  });

  it('warns when Math is declared in the file', async () => {
    const result = await applyPass(pass, 'const Math = { pow: () => 0 };\nexport const z = Math.pow(2, 2);\n', { path: 'a.js' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings[0]).toMatchObject({ line: 2, message: expect.stringMatching(/declares its own Math \(line 1\)/) });
  });
});
