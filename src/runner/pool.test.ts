import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO, tempProject } from '../../test/cli-helpers.js';
import { placeHelped, prestartCount, threadPlan, workerCount } from './thread-plan.js';

/** The real var-to-let-const pass, loaded by path (as a worker thread loads it again). */
const VAR_PASS = join(REPO, 'dist', 'transforms', 'var-to-let-const', 'var-to-let-const.js');

/**
 * A user pass that renames identifiers and logs each visit with the thread it ran on, so a test
 * can see which files were really processed (not answered from the cache) and by which thread.
 */
const LOGGING_PASS = `
import { appendFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
export default {
  id: 'logged-rename',
  title: 'Rename an identifier, logging each visit',
  description: 'Renames identifiers named by the from option.',
  needs: 'syntax',
  options: {
    from: { type: 'string', description: 'old name', default: 'notPresentAnywhere' },
    to: { type: 'string', description: 'new name', default: 'renamed' },
  },
  visit(ctx) {
    appendFileSync(process.env.CM_VISIT_LOG, threadId + ' ' + ctx.relativePath + '\\n');
    const walk = (node) => {
      if (ctx.ts.isIdentifier(node) && node.text === ctx.options.from) ctx.edits.replace(node, ctx.options.to);
      ctx.ts.forEachChild(node, walk);
    };
    walk(ctx.sourceFile);
  },
};
`;

/** Real published code: recast's compiled lib (full of var) and jscodeshift's sources. */
function realCodeProject(): string {
  const dir = tempProject({ 'logged-rename.mjs': LOGGING_PASS });
  cpSync(join(REPO, 'node_modules', 'recast', 'lib'), join(dir, 'src', 'recast'), {
    recursive: true,
    filter: (path) => !path.endsWith('.d.ts') && !path.endsWith('.map'),
  });
  cpSync(join(REPO, 'node_modules', 'jscodeshift', 'src'), join(dir, 'src', 'jscodeshift'), { recursive: true });
  return dir;
}

function visits(log: string): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}

/** The JSON report without its timing. */
function stableJson(stdout: string): unknown {
  const report = JSON.parse(stdout) as { summary?: { durationMs?: number } };
  if (report.summary) delete report.summary.durationMs;
  return report;
}

/** The only way to run passes on the main thread from the CLI: one job, no file time limit. */
const IN_PROCESS = ['--jobs', '1', '--file-timeout', '0'];

describe('worker pool (--jobs)', () => {
  // One set of runs for both: every spawn on the real code costs seconds of the suite.
  it('gives byte-identical diffs and the same JSON with 2 workers as in-process, passes running on worker threads with --jobs 2 and on the main thread with --jobs 1 --file-timeout 0', { timeout: 240_000 }, () => {
    const dir = realCodeProject();
    // A built-in pass loaded by path, then the logging pass, which shows the thread of each file.
    const args = ['run', `${VAR_PASS},./logged-rename.mjs`, 'src', '--from=fs', '--to=fileSystem'];
    const log = (name: string): Record<string, string> => ({ CM_VISIT_LOG: join(dir, `${name}.log`) });
    const threadsOf = (name: string): Set<string> => new Set(visits(join(dir, `${name}.log`)).map((line) => line.split(' ')[0]!));
    const one = cli(dir, [...args, ...IN_PROCESS, '--no-color'], log('one'));
    const two = cli(dir, [...args, '--jobs', '2', '--no-color'], log('two'));
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain('+const ');
    expect(one.stderr).toMatch(/stats: var to const=\d+/); // var-to-let-const ran, not only the rename
    expect(one.stdout).toContain('+const fileSystem = require(');
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(threadsOf('one')).toEqual(new Set(['0']));
    const threads = threadsOf('two');
    expect(threads.has('0')).toBe(false);
    expect(threads.size).toBeGreaterThanOrEqual(1);
    expect(visits(join(dir, 'two.log')).length).toBe(visits(join(dir, 'one.log')).length);
    const jsonOne = cli(dir, [...args, ...IN_PROCESS, '--json'], log('json-one'));
    const jsonTwo = cli(dir, [...args, '--jobs', '2', '--json'], log('json-two'));
    expect(stableJson(jsonTwo.stdout)).toEqual(stableJson(jsonOne.stdout));
  });

  it('runs a run from a folder on one worker thread by default from 4 cores, so that a file can time out; below, here with the limit kept here', { timeout: 240_000 }, () => {
    const dir = tempProject({ 'logged-rename.mjs': LOGGING_PASS, 'src/a.js': 'var fs = 1;\n', 'src/b.js': 'var fs = 2;\n' });
    const log = join(dir, 'visits.log');
    const run = cli(dir, ['run', './logged-rename.mjs', 'src', '--from=fs', '--to=fileSystem', '--no-color'], { CM_VISIT_LOG: log });
    expect(run.code, run.stderr).toBe(0);
    const threads = visits(log).map((line) => line.split(' ')[0]);
    expect(threads).toHaveLength(2);
    expect(new Set(threads).size).toBe(1);
    if (availableParallelism() < 4) expect(threads[0]).toBe('0');
    else expect(threads[0]).not.toBe('0');
    expect(run.stdout).toContain('+var fileSystem = 2;');
  });

  it('re-runs on the main thread a batch whose worker ran out of heap', { timeout: 240_000 }, () => {
    const dir = tempProject({
      'a.js': 'var a = 1;\n',
      'b.js': 'var b = 2;\n',
      'hungry.mjs': `
import { threadId } from 'node:worker_threads';
export default {
  id: 'hungry', title: 'Hungry on workers', description: 'Exhausts the heap off the main thread.', needs: 'syntax',
  visit(ctx) {
    if (threadId !== 0) { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(threadId)); }
    ctx.edits.insertBefore(ctx.sourceFile.statements[0], '// seen\\n');
  },
};
`,
    });
    const result = cli(dir, ['run', './hungry.mjs', 'a.js', 'b.js', '--jobs', '2', '--no-color']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.match(/^\+\/\/ seen$/gm)).toHaveLength(2);
  });

  it('without a file time limit, uses no threads for small runs unless --jobs asks for them', () => {
    expect(workerCount(10, undefined)).toBe(0);
    expect(workerCount(10, 2)).toBe(2);
    expect(workerCount(1, 4)).toBe(1);
    expect(workerCount(5000, 1)).toBe(0);
  });

  it('without a file time limit, defaults to in-process below 4 cores, where threads measured slower, and to threads above', () => {
    expect(workerCount(5000, undefined, 2)).toBe(0);
    expect(workerCount(5000, undefined, 8)).toBe(8);
    expect(workerCount(5000, 2, 2)).toBe(2);
  });

  it('starts threads before discovery only when their number does not depend on the files', () => {
    expect(prestartCount(undefined, 2, true)).toBe(1); // the default on 2 cores: one watched thread
    expect(prestartCount(1, 8, true)).toBe(1);
    expect(prestartCount(undefined, 8, true)).toBeUndefined(); // 1 for one file, 8 for thousands
    expect(prestartCount(4, 2, true)).toBeUndefined(); // at most one per file
    expect(prestartCount(undefined, 2, false)).toBeUndefined(); // in-process
    expect(prestartCount(1, 2, false)).toBeUndefined();
  });

  it('runs on the thread it started before discovery, and a run that stops before its files closes that thread', () => {
    const dir = tempProject({
      'a.js': 'old();\n',
      'b.js': 'old(old);\n',
      'c.js': 'other();\n',
      // Logs each thread that loads the pass: the main thread (0) and each worker, once.
      'loaded.mjs': LOGGING_PASS.replace("export default {", "appendFileSync(process.env.CM_LOAD_LOG, threadId + '\\n');\nexport default {").replace("needs: 'syntax',", "needs: 'syntax',\n  match: ['old'],"),
    });
    const env = { CM_VISIT_LOG: join(dir, 'visits.log'), CM_LOAD_LOG: join(dir, 'loads.log') };
    // A glob: files named one by one would be few enough to run here (watchInProcess).
    const result = cli(dir, ['run', './loaded.mjs', '*.js', '--from=old', '--jobs', '1', '--no-color'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('+renamed(renamed);');
    // c.js lacks the pass's match word: answered by the main thread, which read it, unparsed.
    expect(result.stderr).toMatch(/3 files scanned, 2 would change, 1 unchanged/);
    expect(visits(env.CM_VISIT_LOG).map((line) => line.split(' ')[1]).sort()).toEqual(['a.js', 'b.js']);
    const threads = visits(env.CM_LOAD_LOG).filter((id) => id !== '0');
    expect(threads).toHaveLength(1);
    expect(new Set(visits(env.CM_VISIT_LOG).map((line) => line.split(' ')[0]))).toEqual(new Set(threads));
    // No files (the thread was started all the same), and a usage error after discovery: both end at once.
    expect(cli(dir, ['run', './loaded.mjs', 'nothing/*.js', '--jobs', '1'], env).code).toBe(0);
    const refused = cli(dir, ['run', './loaded.mjs', 'a.js', '--jobs', '1', '--interactive', '--write'], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/terminal/);
  });

  it('runs bounded passes (they need no time limit) in-process on one thread, and counts the main thread in --jobs', () => {
    // Watched or not: nothing has to be stopped, so the main thread is one of the threads.
    expect(threadPlan(5000, undefined, 2, true, true)).toEqual({ workers: 0, mainHelps: false });
    expect(threadPlan(5000, 1, 8, true, true)).toEqual({ workers: 0, mainHelps: false });
    expect(threadPlan(5000, 2, 2, true, true)).toEqual({ workers: 1, mainHelps: true });
    expect(threadPlan(5000, undefined, 8, true, true)).toEqual({ workers: 7, mainHelps: true });
    expect(threadPlan(1, 2, 2, true, true)).toEqual({ workers: 0, mainHelps: false }); // one file: one thread
    expect(threadPlan(5000, 2, 2, true, false)).toEqual({ workers: 2, mainHelps: false });
    expect(threadPlan(5000, undefined, 2, true, false)).toEqual({ workers: 1, mainHelps: false });
    expect(prestartCount(2, 8, true, true)).toBe(1);
    expect(prestartCount(2, 2, true, true)).toBeUndefined(); // below 4 cores it waits for the run's text (WORKER_MIN_TEXT)
    expect(prestartCount(undefined, 2, true, true)).toBeUndefined(); // in-process
  });

  it('a bounded pass runs on the main thread beside one worker under --jobs 2, with the same output as in-process; below 4 cores only for enough text', () => {
    const files: Record<string, string> = {
      'bounded.mjs': LOGGING_PASS.replace("needs: 'syntax',", "needs: 'syntax',\n  bounded: true,"),
    };
    for (let index = 0; index < 60; index++) files[`src/f${String(index).padStart(3, '0')}.js`] = `old(${index});\n`;
    // 36 MB, above WORKER_MIN_TEXT: each file a long comment (quick to parse), out of the diff's context.
    const filler = `/* ${'x'.repeat(900_000)} */\n`;
    for (let index = 0; index < 40; index++) files[`big/f${String(index).padStart(3, '0')}.js`] = `old(${index});\n\n\n\n\n${filler}`;
    const dir = tempProject(files);
    const log = (name: string): Record<string, string> => ({ CM_VISIT_LOG: join(dir, `${name}.log`) });
    const threadsOf = (name: string): Set<string> => new Set(visits(join(dir, `${name}.log`)).map((line) => line.split(' ')[0]!));
    const inProcess = cli(dir, ['run', './bounded.mjs', 'src', '--from=old', '--no-color', ...IN_PROCESS], log('in-process'));
    expect(inProcess.code, inProcess.stderr).toBe(0);
    expect(inProcess.stdout.match(/^\+renamed\(/gm)).toHaveLength(60);
    const helped = cli(dir, ['run', './bounded.mjs', 'src', '--from=old', '--no-color', '--jobs', '2'], log('helped'));
    expect(helped.code, helped.stderr).toBe(0);
    expect(helped.stdout).toBe(inProcess.stdout);
    expect(visits(join(dir, 'helped.log'))).toHaveLength(60);
    // Below 4 cores, 60 small files are too little text to pay for a worker: --jobs 2 is an upper bound.
    expect(threadsOf('helped').has('0')).toBe(true);
    expect(threadsOf('helped').size).toBe(availableParallelism() < 4 ? 1 : 2);
    const bigInProcess = cli(dir, ['run', './bounded.mjs', 'big', '--from=old', '--no-color', ...IN_PROCESS], log('big-in-process'));
    const big = cli(dir, ['run', './bounded.mjs', 'big', '--from=old', '--no-color', '--jobs', '2'], log('big'));
    expect(big.code, big.stderr).toBe(0);
    expect(big.stdout).toBe(bigInProcess.stdout);
    expect(big.stdout.match(/^\+renamed\(/gm)).toHaveLength(40);
    const threads = threadsOf('big');
    expect(threads.has('0')).toBe(true); // the main thread took batches
    expect(threads.size).toBe(2); // and one worker the others
    // --jobs 1 with the default file time limit: in-process for a bounded pass (a pass that is not
    // gets a watched worker: 'runs a small run on one worker thread by default' above).
    expect(cli(dir, ['run', './bounded.mjs', 'src', '--from=old', '--jobs', '1'], log('one')).code).toBe(0);
    expect([...threadsOf('one')]).toEqual(['0']);
  });

  it('shares a bounded run by text queued: the main thread takes a batch only when each worker has as much queued', () => {
    const queue = (batches: number, bytes: number) => ({ batches, bytes });
    const free = { busy: false, bytes: 0 };
    const busy = (bytes: number) => ({ busy: true, bytes });
    expect(placeHelped(1000, queue(0, 0), free, 1, 64)).toBe('worker'); // nothing queued: the worker first
    expect(placeHelped(1000, queue(1, 1000), free, 1, 64)).toBe('here');
    expect(placeHelped(5000, queue(1, 1000), free, 1, 64)).toBe('worker'); // too large: the worker would run dry
    expect(placeHelped(5000, queue(2, 6000), free, 2, 64)).toBe('worker'); // 3000 each
    expect(placeHelped(0, queue(0, 0), free, 1, 64)).toBe('worker'); // empty files never wait for nothing
    expect(placeHelped(100, queue(64, 100), free, 1, 64)).toBe('here');
    expect(placeHelped(1000, queue(64, 100), free, 1, 64)).toBe('wait'); // full: until a batch settles
    // Busy, this thread tops the workers up to what it is busy with, then holds the batch for itself.
    expect(placeHelped(10, queue(1, 500), busy(2000), 1, 64)).toBe('worker');
    expect(placeHelped(10, queue(1, 2000), busy(2000), 1, 64)).toBe('wait');
  });

  it('with a file time limit watched from the main thread, uses at least one worker', () => {
    expect(workerCount(1, undefined, 2, true)).toBe(1);
    expect(workerCount(5000, undefined, 2, true)).toBe(1);
    expect(workerCount(5000, 1, 8, true)).toBe(1);
    expect(workerCount(5000, undefined, 8, true)).toBe(8);
    expect(workerCount(10, 2, 2, true)).toBe(2);
  });
});

describe('incremental cache', () => {
  it('answers unchanged files from the cache, with the same output, and re-runs them when options or the pass module change', { timeout: 240_000 }, () => {
    const dir = realCodeProject();
    const log = join(dir, 'visits.log');
    const env = { CM_VISIT_LOG: log };
    const args = ['run', './logged-rename.mjs', 'src', '--check', '--jobs', '2'];
    const cold = cli(dir, args, env);
    expect(cold.code, cold.stderr).toBe(0);
    const files = visits(log).length;
    expect(files).toBeGreaterThan(10);
    expect(readFileSync(join(dir, '.codemorph', '.gitignore'), 'utf8')).toBe('*\n');
    expect(readdirSync(join(dir, '.codemorph', 'cache')).filter((name) => name.endsWith('.json'))).toHaveLength(1);

    const warm = cli(dir, args, env);
    expect(warm.code, warm.stderr).toBe(0);
    expect(warm.stdout).toBe(cold.stdout);
    expect(visits(log)).toHaveLength(files); // nothing processed again

    // Another option value is another key: every file runs again and the rename shows up.
    const renamed = cli(dir, [...args, '--from=fs', '--to=fileSystem'], env);
    expect(visits(log)).toHaveLength(2 * files);
    expect(renamed.code, renamed.stderr).toBe(1);
    expect(renamed.stdout).toContain('src/jscodeshift/Runner.js');

    // A new version of the pass module misses too (the key includes the module's content).
    writeFileSync(join(dir, 'logged-rename.mjs'), `${LOGGING_PASS}\n// a new version\n`);
    const changedPass = cli(dir, [...args, '--from=fs', '--to=fileSystem'], env);
    expect(visits(log)).toHaveLength(3 * files);
    expect(changedPass.stdout).toBe(renamed.stdout);
  });

  it('answers changed files from the cache too, and re-runs a file whose content changed', { timeout: 240_000 }, () => {
    const dir = realCodeProject();
    const log = join(dir, 'visits.log');
    const env = { CM_VISIT_LOG: log };
    const args = ['run', './logged-rename.mjs', 'src', '--cache', '--json', '--from=fs', '--to=fileSystem'];
    const cold = cli(dir, args, env);
    const files = visits(log).length;
    const warm = cli(dir, args, env);
    expect(visits(log)).toHaveLength(files);
    expect(stableJson(warm.stdout)).toEqual(stableJson(cold.stdout));
    expect(JSON.stringify(stableJson(warm.stdout))).toContain('fileSystem');

    const edited = join(dir, 'src', 'recast', 'util.js');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n// touched\n`);
    cli(dir, args, env);
    expect(visits(log).slice(files)).toEqual([expect.stringMatching(/ src\/recast\/util\.js$/)]);
  });

  it('is off without --check unless asked for, and --no-cache turns it off for --check', { timeout: 240_000 }, () => {
    // Whether the cache is used does not depend on the code: three small files, not the real code.
    const dir = tempProject({ 'logged-rename.mjs': LOGGING_PASS, 'src/a.js': 'var a = 1;\n', 'src/b.js': 'fs();\n', 'src/c/d.js': 'x;\n' });
    const log = join(dir, 'visits.log');
    cli(dir, ['run', './logged-rename.mjs', 'src'], { CM_VISIT_LOG: log });
    expect(existsSync(join(dir, '.codemorph', 'cache'))).toBe(false);
    cli(dir, ['run', './logged-rename.mjs', 'src', '--check', '--no-cache'], { CM_VISIT_LOG: log });
    expect(existsSync(join(dir, '.codemorph', 'cache'))).toBe(false);
    const files = visits(log).length / 2;
    expect(files).toBe(3);
    cli(dir, ['run', './logged-rename.mjs', 'src', '--cache'], { CM_VISIT_LOG: log });
    cli(dir, ['run', './logged-rename.mjs', 'src', '--cache'], { CM_VISIT_LOG: log });
    expect(visits(log)).toHaveLength(3 * files);
  });
});
