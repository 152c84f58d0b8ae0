import { describe, expect, it } from 'vitest';
import { definePass, passMatches } from './pass.js';

describe('definePass', () => {
  const base = { id: 'my-pass', title: 'My pass', description: 'Does things.', needs: 'syntax' as const, visit() {} };

  it('freezes a valid pass and marks its scope', () => {
    const pass = definePass(base);
    expect(pass.scope).toBe('file');
    expect(Object.isFrozen(pass)).toBe(true);
  });

  it('rejects ids that are not kebab-case, titles with a trailing period, and missing visitors', () => {
    expect(() => definePass({ ...base, id: 'MyPass' })).toThrow(/kebab-case/);
    expect(() => definePass({ ...base, title: 'My pass.' })).toThrow(/trailing period/);
    expect(() => definePass({ ...base, visit: undefined as never })).toThrow(/visit/);
  });

  it('filters by match strings and regular expressions', () => {
    const pass = definePass({ ...base, match: ['require(', /\bvar\b/] });
    expect(passMatches(pass, 'const x = require("y")')).toBe(true);
    expect(passMatches(pass, 'var x')).toBe(true);
    expect(passMatches(pass, 'variable')).toBe(false);
  });
});
