import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, REPO, RENAME_PASS, tempProject } from '../../test/cli-helpers.js';

/** Makes the disk full for the files whose path matches `pattern` (see test/faults/short-write.mjs). */
function fullDiskFor(pattern: string): NodeJS.ProcessEnv {
  const preload = pathToFileURL(join(REPO, 'test', 'faults', 'short-write.mjs')).href;
  return { NODE_OPTIONS: `--import ${preload}`, CM_FAULT_PATH: pattern };
}

function project(): { dir: string; files: Record<string, string> } {
  const files: Record<string, string> = {
    'pass.mjs': RENAME_PASS,
    'lib/a.js': 'const foo = 1;\nexport { foo };\n',
    'lib/big.js': `export const foo = ${JSON.stringify('x'.repeat(200_000))};\n`,
    'lib/c.js': 'export function foo() { return 3; }\n',
  };
  return { dir: tempProject(files), files };
}

const renamed = (text: string): string => text.replaceAll('foo', 'bar');

describe('a full disk (injected short writes, no root needed)', () => {
  it('a file whose write comes up short is left untouched, named with the reason, and the run exits 2', () => {
    const { dir, files } = project();
    const run = cli(dir, ['run', './pass.mjs', 'lib', '--write', '--json'], fullDiskFor('big\\.js\\.codemorph-'));
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('lib/big.js: not written: no space left on device');
    expect(readFileSync(join(dir, 'lib/big.js'), 'utf8')).toBe(files['lib/big.js']);
    expect(readFileSync(join(dir, 'lib/a.js'), 'utf8')).toBe(renamed(files['lib/a.js']!));
    expect(readFileSync(join(dir, 'lib/c.js'), 'utf8')).toBe(renamed(files['lib/c.js']!));
    // No temp file is left beside it.
    expect(readdirSync(join(dir, 'lib')).sort()).toEqual(['a.js', 'big.js', 'c.js']);
    const report = JSON.parse(run.stdout) as { summary: { changed: number; failed: number }; files: { path: string; status: string; error?: { message: string } }[] };
    expect(report.summary).toMatchObject({ changed: 2, failed: 1 });
    expect(report.files.find((file) => file.path === 'lib/big.js')).toMatchObject({ status: 'failed', error: { message: 'not written: no space left on device' } });
    // Undo brings back exactly the two files that were written.
    const undo = cli(dir, ['undo']);
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stdout).toContain('unchanged lib/big.js (the run never wrote it)');
    for (const name of ['lib/a.js', 'lib/big.js', 'lib/c.js']) expect(readFileSync(join(dir, name), 'utf8')).toBe(files[name]);
  });

  it('a journal that cannot be written stops the run before any file changes, in one line naming it', () => {
    const { dir, files } = project();
    const run = cli(dir, ['run', './pass.mjs', 'lib', '--write'], fullDiskFor('journal'));
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^\.codemorph\/journal\/\S+: undo journal not written: no space left on device; no file was changed$/);
    expect(run.stderr).not.toMatch(/lib\/a\.js/); // one line, not one per file
    for (const name of ['lib/a.js', 'lib/big.js', 'lib/c.js']) expect(readFileSync(join(dir, name), 'utf8')).toBe(files[name]);
    expect(run.stderr).toMatch(/0 changed, .*3 failed/);
  });
});

describe('files that change between the read and the write', () => {
  /** A pass that, visiting the last file, makes the other files unwritable in the ways users and tools do. */
  const SABOTAGE = `
import { chmodSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import pass from './pass.mjs';
export default {
  ...pass,
  id: 'sabotage',
  visit(ctx) {
    if (ctx.relativePath === 'lib/z.js') { // the last file: the others were read already
      const lib = join(process.cwd(), 'lib');
      chmodSync(join(lib, 'readonly.js'), 0o444);
      unlinkSync(join(lib, 'gone.js'));
      unlinkSync(join(lib, 'swapped.js'));
      symlinkSync(process.env.CM_OUTSIDE, join(lib, 'swapped.js'));
    }
    return pass.visit(ctx);
  },
};
`;

  it('a file made read-only, deleted, or replaced by a symlink leading outside fails alone; nothing is written through the link', () => {
    const outside = tempProject({ 'secret.js': 'const foo = "outside";\n' });
    const source = 'const foo = 1;\n';
    const dir = tempProject({
      'pass.mjs': RENAME_PASS,
      'sabotage.mjs': SABOTAGE,
      'lib/a.js': source,
      'lib/gone.js': source,
      'lib/readonly.js': source,
      'lib/swapped.js': source,
      'lib/z.js': source,
    });
    // In-process, so files are visited in order: the sabotage comes after the victims were read.
    const run = cli(dir, ['run', './sabotage.mjs', 'lib', '--write', '--jobs', '1', '--file-timeout', '0'], { CM_OUTSIDE: join(outside, 'secret.js') });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('lib/gone.js: not written: deleted since codemorph read it');
    expect(run.stderr).toContain('lib/readonly.js: not written: the file is read-only');
    expect(run.stderr).toMatch(/lib\/swapped\.js: leads outside the project root/);
    expect(readFileSync(join(outside, 'secret.js'), 'utf8')).toBe('const foo = "outside";\n');
    expect(readFileSync(join(dir, 'lib/readonly.js'), 'utf8')).toBe(source);
    expect(existsSync(join(dir, 'lib/gone.js'))).toBe(false);
    for (const name of ['lib/a.js', 'lib/z.js']) expect(readFileSync(join(dir, name), 'utf8')).toBe(renamed(source));
    expect(run.stderr).toMatch(/2 changed, .*3 failed/);
  });
});

describe('undo and its journal', () => {
  it('a truncated or foreign journal is one line and exit 2, never a crash', () => {
    const { dir } = project();
    expect(cli(dir, ['run', './pass.mjs', 'lib', '--write']).code).toBe(0);
    const header = join(dir, '.codemorph', 'journal', 'last', 'header.json');
    writeFileSync(header, readFileSync(header, 'utf8').slice(0, 20));
    const truncated = cli(dir, ['undo']);
    expect(truncated.code).toBe(2);
    expect(truncated.stderr.split('\n')[0]).toBe('codemorph: cannot read the journal: not valid JSON (truncated or foreign)');
    expect(truncated.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(header, JSON.stringify({ something: 'else' }));
    expect(cli(dir, ['undo']).stderr.split('\n')[0]).toBe('codemorph: cannot read the journal: not a codemorph journal of version 2');
  });

  it('ignores a last entry cut short by a kill (it was never fsynced, so its files were never touched)', () => {
    const { dir, files } = project();
    expect(cli(dir, ['run', './pass.mjs', 'lib', '--write']).code).toBe(0);
    const entries = join(dir, '.codemorph', 'journal', 'last', 'entries.jsonl');
    writeFileSync(entries, `${readFileSync(entries, 'utf8')}{"operation":"edit","pa`);
    const undo = cli(dir, ['undo']);
    expect(undo.code, undo.stderr).toBe(0);
    for (const name of ['lib/a.js', 'lib/big.js', 'lib/c.js']) expect(readFileSync(join(dir, name), 'utf8')).toBe(files[name]);
  });
});

describe('the write lock', () => {
  it('a second --write on the same tree refuses while the first holds the lock, and takes over a dead one', () => {
    const { dir, files } = project();
    // A lock held by a live process (this test runner) blocks; the second run changes nothing.
    mkdirSync(join(dir, '.codemorph'));
    writeFileSync(join(dir, '.codemorph', 'write.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
    const blocked = cli(dir, ['run', './pass.mjs', 'lib', '--write']);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain(`.codemorph/write.lock: another codemorph run (pid ${process.pid}) is writing this tree; nothing was changed`);
    for (const name of ['lib/a.js', 'lib/big.js', 'lib/c.js']) expect(readFileSync(join(dir, name), 'utf8')).toBe(files[name]);
    // A lock whose process is gone is taken over.
    writeFileSync(join(dir, '.codemorph', 'write.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    const next = cli(dir, ['run', './pass.mjs', 'lib', '--write']);
    expect(next.code, next.stderr).toBe(0);
    expect(existsSync(join(dir, '.codemorph', 'write.lock'))).toBe(false);
  });
});
