import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, REPO, RENAME_PASS, tempProject } from '../../test/cli-helpers.js';

/**
 * Faults of real filesystems, as root: a tmpfs that fills up, a read-only mount. Where mounting
 * is not permitted (not root, or a container without the capability) these are skipped, saying
 * so; test/faults/short-write.mjs covers the full disk there (faults.test.ts).
 */
const mounts: string[] = [];

function mount(args: readonly string[]): boolean {
  try {
    execFileSync('mount', args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function tmpfs(sizeKb: number): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'cm-tmpfs-'));
  if (!mount(['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir])) return undefined;
  mounts.push(dir);
  return dir;
}

const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = tmpfs(64);
  return probe !== undefined;
})();
if (!canMount) console.warn('real-filesystem.test.ts: skipped: mounting a tmpfs needs root (and CAP_SYS_ADMIN); faults.test.ts injects the same faults without it');

afterAll(() => {
  for (const dir of mounts.reverse()) {
    try {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
});

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name === '.codemorph') return [];
    return entry.isDirectory() ? listFiles(path, base) : [relative(base, path)];
  });
}

function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

function freeKb(dir: string): number {
  const out = execFileSync('df', ['-k', '--output=avail', dir], { encoding: 'utf8' });
  return Number(out.trim().split('\n').pop());
}

describe.skipIf(!canMount)('a real full disk (tmpfs)', () => {
  // Real published code: lodash's 600-odd files, most of which var-to-let-const changes.
  const source = mkdtempSync(join(tmpdir(), 'cm-lodash-'));
  let before = new Map<string, string>();
  let expected = new Map<string, string>();
  beforeAll(() => {
    cpSync(join(REPO, 'node_modules', 'lodash'), join(source, 'lodash'), { recursive: true });
    before = snapshot(source);
    // What the run writes when the disk has room: the same run on a copy elsewhere.
    const copy = mkdtempSync(join(tmpdir(), 'cm-lodash-expected-'));
    cpSync(source, copy, { recursive: true });
    const run = cli(copy, ['run', 'var-to-let-const', 'lodash', '--write', '--quiet']);
    if (run.code !== 0) throw new Error(run.stderr);
    expected = snapshot(copy);
  });

  const outcomes: { free: number; written: number; missed: number }[] = [];
  afterAll(() => {
    // The levels straddle the journal's size: at least one run must have been cut short part-way.
    if (outcomes.length === 4) expect(outcomes.some(({ written, missed }) => written > 0 && missed > 0), JSON.stringify(outcomes)).toBe(true);
  });

  it.each([8, 256, 1024, 4096])('with %i KB free, every file is old or new, a run that missed some exits 2 naming them, and undo restores all', (free) => {
    const disk = tmpfs(16 * 1024)!;
    cpSync(source, disk, { recursive: true });
    const filler = join(disk, 'filler');
    const room = Math.max(0, freeKb(disk) - free);
    execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1k', `count=${room}`], { stdio: 'ignore' });
    const run = cli(disk, ['run', 'var-to-let-const', 'lodash', '--write', '--quiet']);
    const after = snapshot(disk);
    const journalLine = /undo journal not written: no space left on device; (?:no file was changed|(\d+) of \d+ files were written)/.exec(run.stderr);
    let missed = 0;
    let written = 0;
    for (const [name, text] of after) {
      if (name === 'filler' || text === before.get(name) && text === expected.get(name)) continue;
      if (text === expected.get(name)) {
        written++;
        continue;
      }
      expect(text, `${name} is neither the original nor the result`).toBe(before.get(name));
      missed++;
      // Each file the run missed is named, or the one line of a journal that could not be written covers the rest.
      if (!journalLine) expect(run.stderr, `${name} was not written: the run must say so`).toContain(`${name}: not written: no space left on device`);
    }
    if (journalLine) expect(Number(journalLine[1] ?? 0)).toBe(written);
    expect(run.code, run.stderr).toBe(missed > 0 ? 2 : 0);
    outcomes.push({ free, written, missed });
    rmSync(filler);
    if (written === 0) return; // nothing to undo
    const undo = cli(disk, ['undo']);
    expect(undo.code, undo.stderr).toBe(0);
    for (const [name, text] of snapshot(disk)) expect(text, name).toBe(before.get(name));
  });
});

describe.skipIf(!canMount)('the compile cache (src/core/compile-cache.cjs) on a full disk', () => {
  it('a cache that does not fit is not written, not even in part, and the run is the same', () => {
    const disk = tmpfs(128)!; // TypeScript's cache is about 2.7 MB, the command line's (main.cjs) 0.5 MB
    const dir = tempProject({ 'a.js': 'export var a = 1;\n' });
    const cached = cli(dir, ['run', 'var-to-let-const', 'a.js'], { CODEMORPH_COMPILE_CACHE: join(disk, 'cache') });
    const plain = cli(dir, ['run', 'var-to-let-const', 'a.js'], { CODEMORPH_COMPILE_CACHE: '0' });
    expect(cached.code, cached.stderr).toBe(0);
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.stdout).toContain('+export const a = 1;');
    expect(readdirSync(join(disk, 'cache'))).toEqual([]);
  });
});

describe.skipIf(!canMount)('read-only filesystems', () => {
  it('.codemorph/ on a read-only mount: dry run and --check work, --write fails before touching files', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.js': 'const foo = 1;\n' });
    const state = join(dir, '.codemorph');
    mkdirSync(state);
    expect(mount(['-t', 'tmpfs', '-o', 'size=64k,ro', 'tmpfs', state])).toBe(true);
    mounts.push(state);
    expect(cli(dir, ['run', './pass.mjs', 'a.js']).stdout).toContain('+const bar = 1;');
    expect(cli(dir, ['run', './pass.mjs', 'a.js', '--check']).code).toBe(1);
    const write = cli(dir, ['run', './pass.mjs', 'a.js', '--write']);
    expect(write.code).toBe(2);
    expect(write.stderr.trim()).toBe('codemorph: .codemorph/write.lock: cannot take the write lock: read-only file system; nothing was changed');
    expect(readFileSync(join(dir, 'a.js'), 'utf8')).toBe('const foo = 1;\n');
  });

  it('a folder on a read-only mount: its files fail with the reason, the others are written', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.js': 'const foo = 1;\n', 'locked/b.js': 'const foo = 2;\n' });
    const locked = join(dir, 'locked');
    expect(mount(['--bind', locked, locked])).toBe(true);
    mounts.push(locked);
    expect(mount(['-o', 'remount,ro,bind', locked])).toBe(true);
    const write = cli(dir, ['run', './pass.mjs', '.', '--write']);
    expect(write.code).toBe(2);
    expect(write.stderr).toContain('locked/b.js: not written: read-only file system');
    expect(readFileSync(join(dir, 'a.js'), 'utf8')).toBe('const bar = 1;\n');
    expect(readFileSync(join(locked, 'b.js'), 'utf8')).toBe('const foo = 2;\n');
    expect(statSync(join(dir, '.codemorph', 'journal', 'last')).isDirectory()).toBe(true);
    writeFileSync(join(dir, 'unused'), ''); // the root itself stayed writable
  });
});
