import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { esprimaRoundTrip } from './esprima-roundtrip.js';
import { pass } from './var-to-let-const.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });
// Under __testfixtures__/package.json ("type": "commonjs"): a .js file without import/export is a script there.
const scriptPath = fileURLToPath(new URL('../../__testfixtures__/var-to-let-const/input.js', import.meta.url));

describe('var-to-let-const warnings', () => {
  const reasons: Array<[string, string, RegExp]> = [
    ['tdz', 'export function f() { g(x); var x = 1; }', /used before its declaration/],
    ['block', 'export function f(c) { if (c) { var x = 1; } return x; }', /outside its block/],
    ['redeclared', 'export function f() { var x = 1; var x = 2; return x; }', /declared more than once/],
    ['loop closure', 'export function f(a) { for (var i = 0; i < 3; i++) a.push(() => i); }', /closure inside a loop/],
    ['script', 'var globalThing = 1;', /global-object property/],
    ['switch', "export function f(k) { switch (k) { case 1: var x = 1; break; default: x = 2; } }", /another switch case/],
  ];
  for (const [name, code, message] of reasons) {
    it(`explains a refusal: ${name}`, async () => {
      const result = await applyPass(pass, code, { path: scriptPath });
      expect(result.status).toBe('unchanged');
      expect(result.warnings.map((warning) => warning.message).join('\n')).toMatch(message);
      expect(result.warnings[0]?.line).toBe(1);
    });
  }

  it('does not warn about declare var', async () => {
    const result = await applyPass(pass, 'declare var x: number;\nexport {};\n', { path: 'input.ts' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings).toEqual([]);
  });
});

describe('var-to-let-const on real code', () => {
  it('keeps esprima parsing its own source identically', async () => {
    const trip = await esprimaRoundTrip(pass);
    if (!trip) return;
    expect(trip.result.status).toBe('changed');
    expect(trip.result.stats['var to const']).toBeGreaterThan(100);
    expect(trip.after).toBe(trip.before);
  }, 30_000);
});
