import { describe, expect, it } from 'vitest';
import { findTransform, transformId } from './transform.js';

const transform = (): null => null;

describe('findTransform', () => {
  it('finds `export default fn` / `module.exports = fn` (both arrive as { default: fn })', () => {
    expect(findTransform({ default: transform })?.transform).toBe(transform);
  });

  it('reads a parser exported next to the default export', () => {
    expect(findTransform({ default: transform, parser: 'tsx' })).toEqual({ transform, parser: 'tsx' });
  });

  it('reads `module.exports.parser` set on the function itself', () => {
    const fn = Object.assign((): null => null, { parser: 'flow' });
    expect(findTransform({ default: fn })?.parser).toBe('flow');
  });

  it('finds `module.exports.default = fn` and compiled ESM ({ default: { __esModule, default } })', () => {
    const exported = { __esModule: true, default: transform, parser: 'ts' };
    expect(findTransform({ default: exported })).toEqual({ transform, parser: 'ts' });
  });

  it('accepts a bare function', () => {
    expect(findTransform(transform)?.transform).toBe(transform);
  });

  it('does not take codemorph pass objects or modules without a function', () => {
    expect(findTransform({ default: { id: 'x', visit() {} } })).toBeUndefined();
    expect(findTransform({ helper: transform })).toBeUndefined();
    expect(findTransform(undefined)).toBeUndefined();
  });
});

describe('transformId', () => {
  it('kebab-cases the file name', () => {
    expect(transformId('/x/removeConsoleLog.js')).toBe('remove-console-log');
    expect(transformId('/x/rm_copy.Properties.ts')).toBe('rm-copy-properties');
    expect(transformId('/x/arrow-function.cjs')).toBe('arrow-function');
  });

  it('names an index file after its folder', () => {
    expect(transformId('/codemods/react-19/index.ts')).toBe('react-19');
  });
});
