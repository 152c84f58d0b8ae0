import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { esprimaRoundTrip } from '../var-to-let-const/esprima-roundtrip.js';
import { pass } from './arrow-functions.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

it('warns when an exported function is kept (callers may use new)', async () => {
  const result = await applyPass(pass, 'module.exports = function () {};\n', { path: 'input.js' });
  expect(result.status).toBe('unchanged');
  expect(result.warnings).toEqual([
    expect.objectContaining({ passId: 'arrow-functions', message: expect.stringMatching(/exported/), line: 1, column: 18 }),
  ]);
});

it('counts functions left alone because they use this, without warning', async () => {
  const result = await applyPass(pass, 'a.on("x", function () { this.y(); });\n', { path: 'input.js' });
  expect(result.status).toBe('unchanged');
  expect(result.warnings).toEqual([]);
  expect(result.stats).toEqual({ 'functions kept: uses this': 1 });
});

it('keeps esprima parsing its own source identically', async () => {
  const trip = await esprimaRoundTrip(pass);
  if (!trip) return;
  expect(trip.result.status).toBe('changed');
  expect(trip.result.stats['arrow functions']).toBeGreaterThan(50);
  expect(trip.after).toBe(trip.before);
}, 30_000);
