import { describe, expect, it } from 'vitest';
import { cli, tempProject } from '../../test/cli-helpers.js';

const NULLISH_INPUT = 'export const pick = (a: string | null | undefined): string => a || "z";\n';

describe('codemorph edge cases found in review', () => {
  it('a tsconfig that does not parse fails in one line naming the tsconfig', () => {
    const dir = tempProject({ 'tsconfig.json': '{"compilerOptions":{"strict":true,,}\n', 'src/a.ts': NULLISH_INPUT });
    const run = cli(dir, ['run', 'nullish-coalescing', 'src', '--check']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/tsconfig\.json: cannot load: /);
  });
});
