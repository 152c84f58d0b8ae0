import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../../test/cli-helpers.js';
import type { CliIO } from '../io.js';
import { registerRewrite } from './rewrite.js';
import { registerSearch } from './search.js';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `rewrite` / `search` in-process through commander (main() itself only runs from dist/). */
async function runCommand(cwd: string, argv: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  let code = -1;
  const io: CliIO = {
    cwd,
    env: {},
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const program = new Command('codemorph').exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerRewrite(program, io, (exit) => (code = exit));
  registerSearch(program, io, (exit) => (code = exit));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    stderr += error instanceof Error ? error.message : String(error);
    code = 2;
  }
  return { code, stdout, stderr };
}

const FILES = {
  'src/a.test.ts': "import assert from 'node:assert';\nassert.equal(sum(1, 2), 3);\nif (ok) {\n  assert.equal(\n    a,\n    b,\n  );\n}\n",
  'src/b.ts': 'export const b = 1;\n',
};

describe('codemorph rewrite', () => {
  it('prints a diff by default and changes nothing', async () => {
    const dir = tempProject(FILES);
    const run = await runCommand(dir, ['rewrite', '--pattern', 'assert.equal($$$ARGS)', '--to', 'assert.strictEqual($$$ARGS)', 'src']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('-assert.equal(sum(1, 2), 3);\n+assert.strictEqual(sum(1, 2), 3);');
    expect(run.stdout).toContain('+  assert.strictEqual(\n');
    expect(readFileSync(join(dir, 'src/a.test.ts'), 'utf8')).toBe(FILES['src/a.test.ts']);
  });

  it('writes with --write and exits 1 under --check while something would change', async () => {
    const dir = tempProject(FILES);
    const args = ['rewrite', '-p', 'assert.equal($A, $B)', '-t', 'assert.strictEqual($A, $B)', 'src'];
    // A template lays out what it spells out: `$A, $B` puts both arguments on one line.
    expect((await runCommand(dir, [...args, '--check'])).code).toBe(1);
    expect((await runCommand(dir, [...args, '--write', '--allow-dirty'])).code).toBe(0);
    expect(readFileSync(join(dir, 'src/a.test.ts'), 'utf8')).toBe(
      "import assert from 'node:assert';\nassert.strictEqual(sum(1, 2), 3);\nif (ok) {\n  assert.strictEqual(a, b);\n}\n",
    );
    expect((await runCommand(dir, [...args, '--check'])).code).toBe(0);
  });

  it('rewrites the files whose bytes hold the pattern however their text is encoded, with or without --cache', async () => {
    // The run looks for the words and token sequences in the bytes before decoding (src/core/byte-prefilter.ts).
    const dir = tempProject({
      'nbsp.ts': 'let a = void\u00a00;\n',
      'comment.ts': 'let b = void /* ü ☃ */ 0;\n',
      'bom.ts': '\ufefflet c = void 0;\n',
      'invalid.js': Buffer.concat([Buffer.from('// \xff\n', 'latin1'), Buffer.from('let d = void 0;\n')]),
      'types.ts': 'function f(): void {}\nconst n = 0;\n',
    });
    const args = ['rewrite', '--pattern', 'void 0', '--to', 'undefined', '.', '--no-color'];
    const plain = await runCommand(dir, args);
    const cached = await runCommand(dir, [...args, '--cache']);
    expect(plain.code).toBe(0);
    for (const changed of ['+let a = undefined;', '+let b = undefined;', 'let c = undefined;', '+let d = undefined;']) expect(plain.stdout).toContain(changed);
    expect(plain.stdout).not.toContain('types.ts');
    expect(cached.stdout).toBe(plain.stdout);
  });

  it('reports a pattern that does not parse as a usage error', async () => {
    const dir = tempProject(FILES);
    const run = await runCommand(dir, ['rewrite', '--pattern', 'assert.equal(', '--to', 'x', 'src']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does not parse/);
  });
});

describe('codemorph search', () => {
  it('prints file:line:column and the matched code', async () => {
    const dir = tempProject(FILES);
    const run = await runCommand(dir, ['search', '--pattern', 'assert.equal($$$ARGS)', 'src']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('src/a.test.ts:2:1: assert.equal(sum(1, 2), 3)\nsrc/a.test.ts:4:3: assert.equal(\n      a,\n      b,\n    )\n');
  });

  it('prints matches with their bindings as JSON', async () => {
    const dir = tempProject(FILES);
    const run = await runCommand(dir, ['search', '--pattern', 'assert.equal($A, 3)', '--json', 'src']);
    const report = JSON.parse(run.stdout) as { count: number; files: number; matches: unknown[] };
    expect(report.count).toBe(1);
    expect(report.files).toBe(2);
    expect(report.matches).toEqual([
      { path: 'src/a.test.ts', line: 2, column: 1, endLine: 2, endColumn: 27, text: 'assert.equal(sum(1, 2), 3)', bindings: { A: 'sum(1, 2)' } },
    ]);
  });
});
