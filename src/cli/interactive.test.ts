import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../core/result.js';
import { applySelectedHunks, hunksOf } from '../output/select-hunks.js';
import { HunkPrompter } from './interactive.js';
import { BIN, cli, tempProject } from '../../test/cli-helpers.js';

/** util-linux `script` runs a command under a real pseudo-terminal, relaying our stdin to it. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const shellQuote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

function underTerminal(cwd: string, args: readonly string[], answers: string): { code: number | null; output: string } {
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, input: answers, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, output: result.stdout };
}

const file = (before: string, after: string): ChangedFile => ({
  status: 'changed', operation: 'edit', path: '/p/a.js', relativePath: 'a.js', before, after, passes: ['p'], attribution: [], warnings: [], stats: {},
});

describe('--interactive', () => {
  it('applies exactly the accepted hunks (pure)', () => {
    const before = ['var a = 1;', ...Array(8).fill(''), 'var b = 2;', ''].join('\n');
    const change = file(before, before.replace(/var/g, 'const'));
    const hunks = hunksOf(change, () => 'a.js');
    expect(hunks).toHaveLength(2);
    expect(applySelectedHunks(change, hunks, [false, true])).toBe(before.replace('var b', 'const b'));
    expect(applySelectedHunks(change, hunks, [true, false])).toBe(before.replace('var a', 'const a'));
  });

  it.skipIf(Boolean(process.stdin.isTTY))('refuses without a terminal (in-process, where stdin is no terminal)', () => {
    const io = { cwd: '/', env: {}, stdout: () => {}, stderr: () => {}, stdoutIsTTY: true, stderrIsTTY: false };
    expect(() => HunkPrompter.open(io, undefined)).toThrow('--interactive needs a terminal (stdin and stdout)');
  });

  it.skipIf(!hasScript)('under a real pseudo-terminal: asks per hunk, headed by its passes, and writes (journaled) only what was accepted', () => {
    const a = ['export var a = 1;', ...Array(8).fill(''), 'export var b = "x" + a;', ''].join('\n');
    const dir = tempProject({ 'a.js': a, 'c.js': 'export var c = 1;\n', 'd.js': 'export var d = 1;\n' });
    // a.js: first hunk yes, second no; c.js: quit (d.js is never asked about).
    const result = underTerminal(dir, ['run', 'var-to-let-const,template-literals', '.', '--interactive', '--no-progress'], 'y\nn\nq\n');
    expect(result.code).toBe(0);
    expect(result.output).toContain('# var-to-let-const, template-literals\r\n@@ -7,4 +7,4 @@');
    expect(result.output).toContain('(2/2) Write this hunk [y,n,a,d,q,?]?');
    expect(result.output).not.toContain('diff d.js');
    expect(readFileSync(join(dir, 'a.js'), 'utf8')).toBe(a.replace('export var a', 'export const a'));
    expect(readFileSync(join(dir, 'c.js'), 'utf8')).toBe('export var c = 1;\n');
    expect(cli(dir, ['undo']).stdout).toBe('restored a.js\n');
  });
});
