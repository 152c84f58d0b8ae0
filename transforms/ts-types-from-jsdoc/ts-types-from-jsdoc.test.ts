import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyTypedPass } from '../../src/testing/fixtures.js';
import { defineFixtureTests } from '../../src/testing/index.js';
import { defineProjectFixtureTests } from '../../src/testing/project-fixtures.js';
import { pass } from './ts-types-from-jsdoc.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });
// Cases over several files: an annotation that breaks a caller in another file is refused.
defineProjectFixtureTests(pass, { dir: fixtures });

describe('ts-types-from-jsdoc stats', () => {
  it('counts annotations, and apart those that had to say any', async () => {
    const text = '/** @param {*} x */\nexport const show = (x) => String(x);\n/** @param {*} x */\nexport const bad = (x) => x.foo;\n';
    const result = await applyTypedPass(pass, text, { path: 'stats.ts' });
    expect(result.status === 'changed' && result.after).toBe('export const show = (x: unknown) => String(x);\nexport const bad = (x: any) => x.foo;\n');
    expect(result.stats).toEqual({ 'annotations.jsdoc': 2, 'any.jsdoc': 1 });
  });
});
