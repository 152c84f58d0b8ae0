import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, gitInit, tempProject } from './cli-helpers.js';

/**
 * The three type passes of issue 15 through the real CLI, in the order the js-to-ts recipe runs
 * them, on a small two-file project: per-file stats under the names the recipe's summary reads,
 * and types verified by the run itself (the fixtures check each pass's idempotency).
 */
describe('ts-types-from-jsdoc, ts-class-fields, ts-types-from-usage through the CLI', () => {
  it('annotates from JSDoc, assignments, usage and literals, and counts each source', () => {
    const dir = tempProject({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', noEmit: true, lib: ['ES2022'], types: [] },
      }),
      'shapes.ts': [
        '/** @typedef {{ x: number, y: number }} Point */',
        '',
        '/**',
        ' * @param {Point} a',
        ' * @param {Point} b',
        ' * @returns {number} the distance',
        ' */',
        'export function distance(a, b) {',
        '  return Math.hypot(a.x - b.x, a.y - b.y);',
        '}',
        '',
        'export class Path {',
        '  constructor(name: string) {',
        '    this.name = name;',
        '    this.points = [{ x: 0, y: 0 }];',
        '  }',
        '',
        '  scale(factor) {',
        '    return this.points.map((point) => ({ x: point.x * factor, y: point.y * factor }));',
        '  }',
        '}',
        '',
      ].join('\n'),
      'main.ts': [
        "import { Path, distance } from './shapes';",
        '',
        'export function report(label) {',
        '  const totals = {};',
        '  totals.count = 1;',
        "  return label.trim() + distance({ x: 0, y: 0 }, { x: 3, y: 4 }) + new Path('p').scale(2).length;",
        '}',
        "report(' x ');",
        '',
      ].join('\n'),
      'plain.js': 'export const untouched = 1;\n',
    });
    try {
      gitInit(dir);
      const passes = 'ts-types-from-jsdoc,ts-class-fields,ts-types-from-usage';
      const first = cli(dir, ['run', passes, '.', '--write', '--json', '--verify', 'types']);
      expect(first.stderr).toMatch(/^codemorph: 3 files scanned, 2 changed, 0 unchanged, 1 skipped, 0 failed/);
      expect(first.code).toBe(0);
      const report = JSON.parse(first.stdout) as {
        summary: { stats: Record<string, number> };
        files: Array<{ path: string; status: string; reason?: string; stats?: Record<string, number> }>;
      };
      expect(report.summary.stats).toEqual({ 'annotations.jsdoc': 4, 'annotations.usage': 4, 'annotations.literal': 1 });
      const byPath = new Map(report.files.map((file) => [file.path, file]));
      expect(byPath.get('shapes.ts')?.stats).toEqual({ 'annotations.jsdoc': 4, 'annotations.usage': 3 });
      expect(byPath.get('main.ts')?.stats).toEqual({ 'annotations.usage': 1, 'annotations.literal': 1 });
      expect(byPath.get('plain.js')).toMatchObject({ status: 'skipped', reason: 'not a TypeScript file' });

      const shapes = readFileSync(join(dir, 'shapes.ts'), 'utf8');
      expect(shapes).toContain('export type Point = { x: number, y: number };');
      expect(shapes).toContain(' * @returns the distance\n');
      expect(shapes).toContain('export function distance(a: Point, b: Point): number {');
      expect(shapes).toContain('export class Path {\n  name: string;\n  points: { x: number; y: number }[];\n\n  constructor');
      expect(shapes).toContain('  scale(factor: number) {');
      const main = readFileSync(join(dir, 'main.ts'), 'utf8');
      expect(main).toContain('export function report(label: string) {\n  const totals: { count?: number } = {};');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
