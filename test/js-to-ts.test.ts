import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tscBinary } from '../src/verify/tsc.js';
import { cli, tempProject } from './cli-helpers.js';

/** A small CommonJS package with its own node:test suite, the way many JavaScript packages look. */
const pkg = {
  'package.json': JSON.stringify({ name: 'shapes', version: '1.0.0', main: 'lib/index.js', engines: { node: '>=20' } }, null, 2),
  'lib/index.js': "const shapes = require('./shapes');\nconst { describe } = require('./describe');\n\nmodule.exports = { ...shapes, describe };\n",
  'lib/shapes.js': [
    "'use strict';",
    '',
    'function area(shape) {',
    '  return shape.width * shape.height;',
    '}',
    '',
    'function grow(shape, by) {',
    '  const grown = {};',
    '  grown.width = shape.width + by;',
    '  grown.height = shape.height + by;',
    '  return grown;',
    '}',
    '',
    'module.exports = { area, grow };',
    '',
  ].join('\n'),
  'lib/describe.js': "const { area } = require('./shapes');\n\nexports.describe = (shape) => `${shape.width}x${shape.height} (${area(shape)})`;\n",
  'test/shapes.test.js': [
    "const test = require('node:test');",
    "const assert = require('node:assert');",
    "const { area, grow, describe } = require('../lib/index');",
    '',
    "test('area', () => assert.strictEqual(area({ width: 2, height: 3 }), 6));",
    "test('grow', () => assert.deepStrictEqual(grow({ width: 1, height: 1 }, 1), { width: 2, height: 2 }));",
    "test('describe', () => assert.strictEqual(describe({ width: 2, height: 2 }), '2x2 (4)'));",
    '',
  ].join('\n'),
  'eslint.config.js': 'module.exports = [];\n',
};

describe('codemorph run js-to-ts', () => {
  it('migrates a CommonJS package that then type-checks with its new tsconfig and passes its own tests compiled', () => {
    const root = tempProject(pkg);
    const run = cli(root, ['run', 'js-to-ts', '--write', '--verify', 'types', '--json', '--no-progress']);
    expect(run.stderr).toContain(' 0 failed');
    expect(run.stderr).not.toContain('eslint.config.js'); // a tool's config stays JavaScript, untouched
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { files: { path: string; operation?: string; stats?: Record<string, number> }[]; summary: { stats: Record<string, number> } };
    expect(report.files.map((file) => [file.path, file.operation]).sort()).toEqual([
      ['lib/describe.ts', 'move'],
      ['lib/index.ts', 'move'],
      ['lib/shapes.ts', 'move'],
      ['test/shapes.test.ts', 'move'],
      ['tsconfig.json', 'create'],
    ]);
    // Per file and in total: explicit any and suppressions are counted where they were added.
    expect(report.files.find((file) => file.path === 'lib/shapes.ts')?.stats).toMatchObject({ any: 5 });
    expect(report.summary.stats).toEqual({ 'files renamed': 4, 'tsconfig created': 1, 'files converted to ESM': 4, any: 6, suppressions: 2 });
    // The package's own imports of node:test and node:assert without @types/node: silenced on their line.
    expect(readFileSync(join(root, 'test/shapes.test.ts'), 'utf8')).toMatch(/^\/\/ @ts-expect-error .*\nimport test from 'node:test';\n/);
    expect(readFileSync(join(root, 'lib/shapes.ts'), 'utf8')).toContain('function grow(shape: any, by: any) {\n  const grown = {};\n  (grown as any).width');
    expect(readFileSync(join(root, 'eslint.config.js'), 'utf8')).toBe('module.exports = [];\n');
    expect(existsSync(join(root, 'lib/shapes.js'))).toBe(false);

    // The project's own compiler, its own tsconfig: clean, and the output passes the package's tests.
    const tsc = spawnSync(tscBinary(), ['-p', '.'], { cwd: root, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const tests = spawnSync(process.execPath, ['--test', 'dist/test/'], { cwd: root, encoding: 'utf8' });
    expect(tests.stdout).toContain('# pass 3');
    expect(tests.status).toBe(0);
  });
});
