import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../core/result.js';
import { cli, REPO, tempProject } from '../../test/cli-helpers.js';
import { formatChangedRanges, loadProjectPrettier } from './prettier.js';

const change = (path: string, before: string, after: string): ChangedFile => ({
  status: 'changed', operation: 'edit', path, relativePath: 'a.js', before, after, passes: ['p'], attribution: [], warnings: [], stats: {},
});

describe('--prettier', () => {
  it('formats only the lines the passes changed, with the project\'s config; every other line stays byte-identical (real CLI, real file)', () => {
    const source = 'const   untouched = {a:1,   b:2};\nvar x = {c:3,d:"four"};\nfunction   f ( ) { return  x }\nvar y = 1; var   z = 2\nexport { x, f, untouched, y, z };\n';
    const dir = tempProject({ 'src/a.js': source, '.prettierrc': '{ "singleQuote": true }\n', 'package.json': '{}\n' });
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(join(REPO, 'node_modules/prettier'), join(dir, 'node_modules/prettier'), 'dir');
    const result = cli(dir, ['run', 'var-to-let-const', 'src', '--prettier', '--write']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'src/a.js'), 'utf8')).toBe(
      "const   untouched = {a:1,   b:2};\nconst x = { c: 3, d: 'four' };\nfunction   f ( ) { return  x }\nconst y = 1;\nconst z = 2;\nexport { x, f, untouched, y, z };\n",
    );
    // Without prettier installed: a clear usage error before anything runs.
    const missing = cli(tempProject({ 'a.js': 'var a = 1; export { a };\n' }), ['run', 'var-to-let-const', '.', '--prettier']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--prettier: prettier is not installed in this project');
  });

  it('leaves a range as the pass wrote it when prettier would reformat lines no pass changed (in-process)', async () => {
    const prettier = await loadProjectPrettier(REPO);
    const before = 'var o = {\n  a:   1,\n};\nexport { o };\n';
    const after = before.replace('var o', 'const o');
    const out = await formatChangedRanges(prettier, change(join(REPO, 'scratch-a.js'), before, after));
    expect(out.after).toBe(after);
    expect(out.warnings).toEqual([{ passId: 'prettier', line: 1, message: 'prettier would also reformat lines around 1-1 that no pass changed; left as the pass wrote them' }]);
  });
});
