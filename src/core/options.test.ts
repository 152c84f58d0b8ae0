import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { resolveOptions } from './options.js';

const specs = {
  depth: { type: 'number', description: 'how deep', default: 2 },
  style: { type: 'string', description: 'style', choices: ['a', 'b'], default: 'a' },
  flag: { type: 'boolean', description: 'flag' },
  names: { type: 'string[]', description: 'names' },
} as const;

describe('resolveOptions', () => {
  it('fills defaults and coerces command-line strings by declared type', () => {
    expect(resolveOptions('p', specs, { depth: '5', flag: 'true', names: 'x,y' })).toEqual({
      depth: 5,
      style: 'a',
      flag: true,
      names: ['x', 'y'],
    });
  });

  it('rejects bad values with a usage error naming the pass and option', () => {
    expect(() => resolveOptions('my-pass', specs, { depth: 'deep' })).toThrow(UsageError);
    expect(() => resolveOptions('my-pass', specs, { depth: 'deep' })).toThrow(/pass my-pass: option "depth" expects a number/);
    expect(() => resolveOptions('my-pass', specs, { style: 'c' })).toThrow(/one of a, b/);
  });

  it('rejects unknown options unless the pass accepts any', () => {
    expect(() => resolveOptions('p', specs, { nope: 1 })).toThrow(/unknown option "nope"/);
    expect(resolveOptions('p', undefined, { nope: 1 }, { strict: false })).toEqual({ nope: 1 });
  });

  it('requires required options', () => {
    expect(() => resolveOptions('p', { to: { type: 'string', description: 'x', required: true } }, {})).toThrow(
      /option "to" is required/,
    );
  });
});
