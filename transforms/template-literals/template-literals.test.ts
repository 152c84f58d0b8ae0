import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass, stringToTemplateText } from './template-literals.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });

describe('template-literals refusals', () => {
  const dir = join(fixtures, pass.id);
  for (const file of readdirSync(dir).filter((name) => name.startsWith('refuse-') && name.includes('.input.'))) {
    it(`${file} warns why it was left alone`, async () => {
      const result = await applyPass(pass, readFileSync(join(dir, file), 'utf8'), { path: join(dir, file) });
      expect(result.status).toBe('unchanged');
      expect(result.warnings.length).toBeGreaterThan(0);
    });
  }

  it('keeps left-associative grouping and evaluates to the same strings', async () => {
    const text = "const r = [a + b + 'x', '(' + (a + b) + ')', 'x' + a + b, a + b + c + '!', '$' + '{' + a];\n";
    const result = await applyPass(pass, text, { path: 'a.js' });
    expect(result.status).toBe('changed');
    const after = result.status === 'changed' ? result.after : '';
    const evaluate = (source: string): unknown => new Function('a', 'b', 'c', `${source.replace('const r =', 'return')}`)(1, 2, 3);
    expect(evaluate(after)).toEqual(evaluate(text));
    expect(evaluate(after)).toEqual(['3x', '(3)', 'x12', '6!', '${1']);
  });

  it('converts string bodies to template text', () => {
    expect(stringToTemplateText("it\\'s")).toBe("it's");
    expect(stringToTemplateText('a`b${c}')).toBe('a\\`b\\${c}');
    expect(stringToTemplateText('\\0')).toBe('\\0');
    expect(stringToTemplateText('\\07')).toBeUndefined();
    expect(stringToTemplateText('\\8')).toBeUndefined();
  });
});
