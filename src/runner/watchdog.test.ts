import { availableParallelism } from 'node:os';
import { describe, it } from 'vitest';
import { cliAsync, tempProject } from '../../test/cli-helpers.js';

/**
 * Two ways for a pass never to return. A busy loop is what a pathological pass does, and what
 * terminating a worker must interrupt; one test runs it. The others block the thread in
 * Atomics.wait, which never returns either and which terminate() interrupts the same way, but
 * which leaves the CPU to the tests that run beside them (the hangs are most of this file's time).
 */
const SPIN = 'for (;;) {}';
const BLOCK = 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);';

/**
 * A user pass that never returns on files containing the marker (split so that the pass's own
 * text does not contain it), and marks every other file it sees.
 */
const hangingPass = (hang: string): string => `
import { isMainThread } from 'node:worker_threads';
export default {
  id: 'hang-on-marker',
  title: 'Hang on a marker',
  description: 'Never returns on files containing the marker, marks the others.',
  needs: 'syntax',
  visit(ctx) {
    if (ctx.text.includes('HA' + 'NG')) ${hang}
    ctx.edits.insertBefore(ctx.sourceFile.statements[0], isMainThread ? '// seen on the main thread\\n' : '// seen\\n');
  },
};
`;

/** The same as an unmodified jscodeshift transform. */
const HANGING_TRANSFORM = `
module.exports = function transform(file, api) {
  if (file.source.includes('HA' + 'NG')) ${BLOCK}
  const j = api.jscodeshift;
  return j(file.source).find(j.Identifier, { name: 'a' }).replaceWith(() => j.identifier('renamed')).toSource();
};
`;

const name = (index: number): string => `src/f${String(index).padStart(2, '0')}.js`;

/**
 * 40 files, so that batches hold several files (3 with one worker, 2 with two): f05 and f06 hang,
 * one in the middle of a batch, one right after it, so the files around them run again.
 */
function hangingProject(extra: Record<string, string>, hanging = [5, 6]): string {
  const files: Record<string, string> = { ...extra };
  for (let index = 1; index <= 40; index++) {
    files[name(index)] = hanging.includes(index) ? `var a = 'HANG';\n` : `var a = ${index};\n`;
  }
  return tempProject(files);
}

function timeoutLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.includes('timed out'));
}

interface JsonReport {
  files: { path: string; status: string; error?: { kind: string; message: string; passId?: string } }[];
}

const ALL = Array.from({ length: 40 }, (_, index) => name(index + 1));

// The tests spend most of their time waiting for time limits, so they run side by side; only two
// spin (one on a worker, one on the main thread), so at most two processes burn a core on a hang.
describe.concurrent('--file-timeout', () => {
  it('fails a file whose pass never returns and goes on, with the default --jobs', { timeout: 120_000 }, async ({ expect }) => {
    const dir = hangingProject({ 'spin.mjs': hangingPass(SPIN), 'block.mjs': hangingPass(BLOCK) });
    const result = await cliAsync(dir, ['run', './spin.mjs', 'src', '--file-timeout', '1', '--no-color']);
    expect(result.code, result.stderr).toBe(2);
    expect(timeoutLines(result.stderr)).toEqual([
      'src/f05.js: hang-on-marker: timed out after 1 s',
      'src/f06.js: hang-on-marker: timed out after 1 s',
    ]);
    expect(result.stderr).toContain('38 would change, 0 unchanged, 0 skipped, 2 failed');
    const diffed = [...result.stdout.matchAll(/^\+\+\+ b\/(\S+)$/gm)].map((match) => match[1]);
    expect(diffed).toEqual(ALL.filter((path) => path !== name(5) && path !== name(6)));
    // 40 files, by default: below 4 cores on the main thread, the limit kept there in guarded calls
    // of many files each (src/runner/guarded-files.ts); else on a worker thread, the main thread watching.
    expect(result.stdout.match(/^\+\/\/ seen on the main thread$/gm)?.length ?? 0).toBe(availableParallelism() < 4 ? 38 : 0);

    const json = await cliAsync(dir, ['run', './block.mjs', 'src', '--file-timeout', '1', '--json']);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.files.map((file) => file.path)).toEqual(ALL);
    expect(report.files[4]).toMatchObject({
      status: 'failed',
      error: { kind: 'timeout', message: 'timed out after 1 s', passId: 'hang-on-marker' },
    });
  });

  it('keeps the limit on the main thread for a few files named one by one: no worker starts', { timeout: 120_000 }, async ({ expect }) => {
    const dir = tempProject({ 'spin.mjs': hangingPass(SPIN), 'a.js': 'var a = 1;\n', 'b.js': `var b = 'HANG';\n`, 'c.js': 'var c = 3;\n' });
    const result = await cliAsync(dir, ['run', './spin.mjs', 'a.js', 'b.js', 'c.js', '--file-timeout', '1', '--no-color']);
    expect(result.code, result.stderr).toBe(2);
    expect(timeoutLines(result.stderr)).toEqual(['b.js: hang-on-marker: timed out after 1 s']);
    expect(result.stderr).toContain('2 would change, 0 unchanged, 0 skipped, 1 failed');
    // Both other files, after the hung one too, on the main thread: the pass says where it ran.
    expect(result.stdout.match(/^\+\/\/ seen on the main thread$/gm)).toHaveLength(2);
    expect(result.stdout).toContain('+++ b/c.js');
  });

  it('does the same on two workers (--jobs 2)', { timeout: 120_000 }, async ({ expect }) => {
    const dir = hangingProject({ 'hang.mjs': hangingPass(BLOCK) }, [1, 6, 40]);
    const result = await cliAsync(dir, ['run', './hang.mjs', 'src', '--file-timeout', '1', '--jobs', '2', '--json']);
    expect(result.code, result.stderr).toBe(2);
    expect(timeoutLines(result.stderr)).toEqual([1, 6, 40].map((index) => `${name(index)}: hang-on-marker: timed out after 1 s`));
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files.map((file) => file.path)).toEqual(ALL);
    expect(report.files.filter((file) => file.status === 'changed')).toHaveLength(37);
  });

  it('covers jscodeshift transforms', { timeout: 120_000 }, async ({ expect }) => {
    const dir = hangingProject({ 'hang-transform.cjs': HANGING_TRANSFORM });
    // 2 s: loading jscodeshift on the first file counts towards that file's time.
    const result = await cliAsync(dir, ['run', './hang-transform.cjs', 'src', '--file-timeout', '2', '--no-color']);
    expect(result.code, result.stderr).toBe(2);
    expect(timeoutLines(result.stderr)).toEqual([
      'src/f05.js: hang-transform: timed out after 2 s',
      'src/f06.js: hang-transform: timed out after 2 s',
    ]);
    expect(result.stdout.match(/^\+var renamed = /gm)).toHaveLength(38);
  });

  it('never stores a timeout in the cache: the next --check runs the file again', { timeout: 120_000 }, async ({ expect }) => {
    const dir = tempProject({ 'hang.mjs': hangingPass(BLOCK), 'src/a.js': 'var a = 1;\n', 'src/b.js': `var b = 'HANG';\n` });
    for (let run = 0; run < 2; run++) {
      const result = await cliAsync(dir, ['run', './hang.mjs', 'src', '--check', '--file-timeout', '1']);
      expect(result.code, result.stderr).toBe(2);
      expect(timeoutLines(result.stderr)).toEqual(['src/b.js: hang-on-marker: timed out after 1 s']);
      expect(result.stdout).toBe('src/a.js\n');
    }
  });

  it('takes a number of seconds, 0 for no limit; anything else is a usage error', { timeout: 120_000 }, async ({ expect }) => {
    const dir = tempProject({ 'a.js': 'export function f() {\n  var a = 1;\n  return a;\n}\n' });
    for (const bad of ['-1', 'soon', '', '1e999']) {
      const result = await cliAsync(dir, ['run', 'var-to-let-const', 'a.js', '--file-timeout', bad]);
      expect(result.code, bad).toBe(2);
      expect(result.stderr).toContain('--file-timeout expects a number of seconds (0: no limit)');
    }
    for (const good of ['0', '0.5', '30']) {
      const result = await cliAsync(dir, ['run', 'var-to-let-const', 'a.js', '--file-timeout', good, '--no-color']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('+  const a = 1;');
    }
  });
});
