import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/cli-helpers.js';
import { definePass, type FileContext } from '../core/pass.js';
import type { FileResult } from '../core/result.js';
import { DEFAULT_MAX_FILE_SIZE } from '../workspace/read.js';
import { processPath, type FileOutput, type Runtime } from './file-runtime.js';
import { BATCH_MS, runGuardedFiles } from './guarded-files.js';

// Many files to one guarded call (src/runner/guarded-files.ts): the time limit per file kept on
// this thread. The CLI side (a hung file in a run of 40 by default) is in watchdog.test.ts.

/** Busy for `ms` of wall time. */
const busy = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // a pass at work
  }
};

/** A pass that marks each file, after doing what its first line asks: `// hang`, `// never` (a promise), `// busy N`. */
const pass = definePass({
  id: 'scripted',
  title: 'Scripted',
  description: 'Does what the file asks, then marks it.',
  needs: 'syntax',
  visit(ctx: FileContext) {
    const order = /^\/\/ (hang|never|busy (\d+))/.exec(ctx.text);
    if (order?.[1] === 'hang') for (;;);
    if (order?.[1] === 'never') return new Promise<void>(() => undefined);
    if (order?.[2]) busy(Number(order[2]));
    ctx.edits.insertBefore(ctx.sourceFile.statements[0]!, '// seen\n');
    return undefined;
  },
});

function runtimeFor(root: string): Runtime {
  return { root, passes: [{ pass, options: {} }], maxFileSize: DEFAULT_MAX_FILE_SIZE, verbose: false };
}

/** Every file through runGuardedFiles, call after call; how many calls it took. */
async function runAll(paths: readonly string[], runtime: Runtime, limitMs: number): Promise<{ outputs: FileOutput[]; calls: number }> {
  const outputs: FileOutput[] = [];
  let calls = 0;
  while (outputs.length < paths.length) {
    const more = await runGuardedFiles(paths, outputs.length, runtime, limitMs);
    expect(more.length).toBeGreaterThan(0);
    outputs.push(...more);
    calls++;
  }
  return { outputs, calls };
}

const status = (result: FileResult): string => (result.status === 'failed' ? `failed:${result.error.kind}:${result.error.passId}` : result.status);

describe('runGuardedFiles', () => {
  it('stops a file that never returns, naming the pass, and runs the files after it; the rest as processPath gives them', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 8; index++) files[`f${index}.js`] = index === 3 ? '// hang\nvar a = 3;\n' : index === 5 ? 'binary\0' : `var a = ${index};\n`;
    const dir = tempProject(files);
    const paths = Object.keys(files).map((name) => join(dir, name));
    const runtime = runtimeFor(dir);
    const { outputs } = await runAll(paths, runtime, 300);
    expect(outputs.map((output) => output.result.path)).toEqual(paths);
    expect(outputs[3]!.result).toEqual({
      path: paths[3],
      relativePath: 'f3.js',
      status: 'failed',
      error: { kind: 'timeout', message: 'timed out after 0.3 s', passId: 'scripted' },
      warnings: [],
      stats: {},
    });
    for (const [index, path] of paths.entries()) {
      if (index !== 3) expect(outputs[index], path).toEqual(await processPath(path, runtime));
    }
    expect(outputs.map((output) => status(output.result))).toEqual(['changed', 'changed', 'changed', 'failed:timeout:scripted', 'changed', 'skipped', 'changed', 'changed']);
  });

  it('waits for a promise a visit returned only the rest of its file time', async () => {
    const dir = tempProject({ 'a.js': 'var a = 1;\n', 'b.js': '// never\nvar b = 2;\n', 'c.js': 'var c = 3;\n' });
    const paths = ['a.js', 'b.js', 'c.js'].map((name) => join(dir, name));
    const { outputs } = await runAll(paths, runtimeFor(dir), 200);
    expect(outputs.map((output) => status(output.result))).toEqual(['changed', 'failed:timeout:scripted', 'changed']);
  });

  it('gives a file that started late in a call its whole limit: the call runs the limit plus BATCH_MS', async () => {
    // Two files busy for 45 ms each, then one busy for all but 70 ms of the limit: it starts about
    // 90 ms into the call and ends about 20 ms after the call's start plus the limit, 80 ms before
    // the call's own limit.
    const limit = 1000;
    const dir = tempProject({ 'warm.js': 'var w = 0;\n', 'a.js': '// busy 45\nvar a = 1;\n', 'b.js': '// busy 45\nvar b = 2;\n', 'slow.js': `// busy ${limit - 70}\nvar slow = 1;\n` });
    // The first file of a process loads TypeScript and compiles the parser: not in the call measured.
    await runGuardedFiles([join(dir, 'warm.js')], 0, runtimeFor(dir), limit);
    const paths = ['a.js', 'b.js', 'slow.js'].map((name) => join(dir, name));
    // (On a loaded machine the three may start in two calls: then any version passes.)
    const { outputs } = await runAll(paths, runtimeFor(dir), limit);
    expect(outputs.map((output) => status(output.result))).toEqual(['changed', 'changed', 'changed']);
  });

  it('starts no file after BATCH_MS of a call', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 6; index++) files[`f${index}.js`] = `// busy ${BATCH_MS / 2}\nvar a = ${index};\n`;
    const dir = tempProject(files);
    const paths = Object.keys(files).map((name) => join(dir, name));
    const first = await runGuardedFiles(paths, 0, runtimeFor(dir), 5000);
    expect(first.length).toBeGreaterThanOrEqual(1);
    expect(first.length).toBeLessThanOrEqual(3);
  });
});
