import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  applyTransform,
  defineInlineTest,
  defineSnapshotTest,
  defineTest,
  runInlineTest,
} from './jscodeshift.js';

// js-codemod's own tests, as jscodeshift's testUtils would run them (vendored with its LICENSE).
const jsCodemodTests = fileURLToPath(new URL('../../__testfixtures__/compat/js-codemod/transforms/__tests__', import.meta.url));
const require = createRequire(import.meta.url);
const noReassignParams = require('../../__testfixtures__/compat/js-codemod/transforms/no-reassign-params.js') as unknown;

describe('defineTest on vendored js-codemod fixtures', () => {
  defineTest(jsCodemodTests, 'object-shorthand');
  defineTest(jsCodemodTests, 'unchain-variables');
  defineTest(jsCodemodTests, 'arrow-function', {}, 'arrow-function2');
  defineTest(jsCodemodTests, 'arrow-function', { 'max-width': 40 }, 'arrow-function-length-40');
  defineTest(jsCodemodTests, 'jest-rm-mock', { moduleNames: ['cx', 'ix'] }, '__tests__/jest-rm-mock');
  // An ESM transform in a CommonJS package (js-codemod ran it through babel-jest).
  defineTest(jsCodemodTests, 'jest-arrow');
});

describe('defineInlineTest', () => {
  defineInlineTest(
    noReassignParams,
    undefined,
    '\nfunction foo(bar) {\n  function boo(bar) {\n    bar = 2;\n    return bar;\n  }\n}',
    '\nfunction foo(bar) {\n  function boo(bar) {\n    let localBar = bar;\n    localBar = 2;\n    return localBar;\n  }\n}',
    'copies a reassigned parameter (trimmed comparison)',
  );
});

const upper = {
  default: (file: { source: string }, api: { j: any }) =>
    api.j(file.source).find(api.j.Identifier).forEach((path: any) => {
      path.node.name = path.node.name.toUpperCase();
    }).toSource(),
};

describe('defineSnapshotTest', () => {
  defineSnapshotTest(upper, {}, 'const answer = 42;', 'upper-cases identifiers');
});

describe('applyTransform / runInlineTest semantics', () => {
  it('returns trimmed text synchronously for a sync transform', () => {
    expect(applyTransform(upper, {}, { source: '\n\nlet a = b;\n\n' })).toBe('let A = B;');
  });

  it('returns a promise for an async transform, and "" when it returns nothing', async () => {
    const later = { default: async () => undefined };
    const output = applyTransform(later, {}, { source: 'x;' });
    expect(output).toBeInstanceOf(Promise);
    expect(await output).toBe('');
  });

  it('uses testOptions.parser before the module parser', () => {
    const typed = Object.assign(
      (file: { source: string }, api: { j: any }) => api.j(file.source).find(api.j.TSTypeAnnotation).remove().toSource(),
      { parser: 'babel' },
    );
    expect(applyTransform(typed, {}, { source: 'let a: string = "";' }, { parser: 'ts' })).toBe('let a = "";');
    expect(() => applyTransform(typed, {}, { source: 'let a: string = "";' })).toThrow();
  });

  it('hands options to the transform', () => {
    const echo = { default: (_file: unknown, _api: unknown, options: { text: string }) => options.text };
    expect(runInlineTest(echo, { text: '  hello  ' }, { source: '' }, 'hello\n')).toBe('hello');
  });

  it('fails when the output differs', () => {
    expect(() => runInlineTest(upper, {}, { source: 'let a;' }, 'let a;')).toThrow();
  });
});
