import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './class.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });

describe('class refusals', () => {
  const dir = join(fixtures, pass.id);
  for (const file of readdirSync(dir).filter((name) => name.startsWith('refuse-') && name.includes('.input.'))) {
    it(`${file} warns why it was left alone`, async () => {
      const result = await applyPass(pass, readFileSync(join(dir, file), 'utf8'), { path: join(dir, file) });
      expect(result.status).toBe('unchanged');
      expect(result.warnings.length).toBeGreaterThan(0);
    });
  }

  it('explains a call without new', async () => {
    const text = "'use strict';\nfunction A() {}\nA.prototype.m = function () {};\nA();\nmodule.exports = A;\n";
    const result = await applyPass(pass, text, { path: 'a.js' });
    expect(result.warnings).toEqual([
      { passId: 'class', message: 'constructor `A` left alone: `A` is called without new (classes throw)', line: 2, column: 1 },
    ]);
  });

  it('produces a class that behaves like the prototype version', async () => {
    const input = readFileSync(join(fixtures, 'class', 'basic.input.js'), 'utf8');
    const result = await applyPass(pass, input, { path: 'basic.js' });
    const after = result.status === 'changed' ? result.after : '';
    const load = (source: string): { origin(): { add(o: unknown): unknown } } => {
      const module = { exports: {} as never };
      new Function('module', source)(module);
      return module.exports;
    };
    const [before, converted] = [load(input), load(after)];
    const sum = (Point: ReturnType<typeof load>): unknown => JSON.stringify(Point.origin().add({ x: 2, y: 3 }));
    expect(sum(converted)).toBe(sum(before));
    expect(after).toContain('class Point {');
  });

  it('keeps inheritance working: super() runs the parent, methods and parent methods resolve', async () => {
    const input = readFileSync(join(fixtures, 'class', 'object-create.input.js'), 'utf8');
    const result = await applyPass(pass, input, { path: 'circle.js' });
    const after = result.status === 'changed' ? result.after : '';
    expect(after).toContain('class Circle extends Shape {');
    function Shape(this: { kind: string }, kind: string) {
      this.kind = kind;
    }
    Shape.prototype.describe = function (this: { kind: string; area(): number }) {
      return `${this.kind} ${this.area().toFixed(2)}`;
    };
    const load = (source: string): new (radius: number) => { describe(): string; kind: string } => {
      const module = { exports: {} as never };
      new Function('module', 'require', source)(module, () => Shape);
      return module.exports;
    };
    for (const Circle of [load(input), load(after)]) {
      const circle = new Circle(1);
      expect(circle.describe()).toBe('circle 3.14');
      expect(circle).toBeInstanceOf(Shape);
      expect(Object.keys(circle)).toEqual(['kind', 'radius']);
    }
  });
});
