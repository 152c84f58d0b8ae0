import { describe, expect, it } from 'vitest';
import { parseSource, syntaxErrors, ts } from '../core/parse.js';
import { definePass, visitIsAsync, type FileContext } from '../core/pass.js';
import { fileGuard, interruptiblePasses } from './guard.js';
import { processFile } from './process-file.js';
import { watchInProcess } from './thread-plan.js';

// In-process: the time limit on the thread that runs the file. The CLI side (a hung file among
// named files, no worker started) is in watchdog.test.ts.

const SAMPLE = 'import { a } from "m";\nexport class C<T> { m(x: T) { return `${x}` as unknown; } }\nconst broken = (;\n';

/** Every node's kind and span, and the syntax errors: what a poisoned parser would get wrong. */
function shape(path: string, text: string): string {
  const tree = parseSource(path, text);
  const nodes: string[] = [];
  const walk = (node: ts.Node): void => {
    nodes.push(`${ts.SyntaxKind[node.kind]}@${node.pos}-${node.end}`);
    ts.forEachChild(node, walk);
  };
  walk(tree);
  return JSON.stringify({ nodes, errors: syntaxErrors(tree) });
}

/** Code that takes TypeScript's parser far longer than a millisecond. */
const HUGE = 'export function f(a: number, b: string) { const x = { a, b: [a, b, `${a}`] }; return x; }\n'.repeat(40_000);

describe('fileGuard', () => {
  it('stops synchronous work that never ends, and TypeScript parses correctly afterwards', () => {
    const reference = shape('/p/a.ts', SAMPLE);
    expect(() => fileGuard(20).run(() => {
      for (;;) {
        // a pass that never returns
      }
    })).toThrow(expect.objectContaining({ kind: 'timeout', message: 'timed out after 0.02 s' }));
    // Stopped in the middle of a parse: the parser's module-level state is whatever it was then.
    expect(() => fileGuard(1).run(() => parseSource('/p/huge.ts', HUGE))).toThrow(expect.objectContaining({ kind: 'timeout' }));
    expect(shape('/p/a.ts', SAMPLE)).toBe(reference);
    expect(shape('/p/b.tsx', 'const el = <div>{x}</div>;\n')).toBe(shape('/p/c.tsx', 'const el = <div>{x}</div>;\n'));
  });

  it('returns what the work returns and rethrows what it throws; waits for a promise only the time left', async () => {
    expect(fileGuard(1000).run(() => 42)).toBe(42);
    expect(() => fileGuard(1000).run(() => {
      throw new Error('pass bug');
    })).toThrow('pass bug');
    await expect(fileGuard(1000).wait(Promise.resolve('done'))).resolves.toBe('done');
    await expect(fileGuard(10).wait(new Promise(() => undefined))).rejects.toMatchObject({ kind: 'timeout' });
  });
});

describe('processFile with a time limit', () => {
  const hangOn = (marker: string, kind: 'sync' | 'promise') =>
    definePass({
      id: 'hang-on-marker',
      title: 'Hang on a marker',
      description: 'Never returns on files containing the marker.',
      needs: 'syntax',
      visit(ctx: FileContext) {
        if (ctx.text.includes(marker)) {
          if (kind === 'promise') return new Promise<void>(() => undefined);
          // Parses a huge text over and over: the limit lands inside TypeScript's parser.
          for (;;) ctx.ts.createSourceFile('x.ts', HUGE, ctx.ts.ScriptTarget.Latest);
        }
        ctx.edits.insertBefore(ctx.sourceFile.statements[0]!, '// seen\n');
        return undefined;
      },
    });

  it('fails the hung file as timeout, naming the pass, and the next file is processed normally', async () => {
    const input = (text: string) => ({ path: '/p/f.ts', relativePath: 'f.ts', text });
    for (const kind of ['sync', 'promise'] as const) {
      const passes = [{ pass: hangOn('HANG', kind), options: {} }];
      const hung = await processFile(input('const HANG = 1;\n'), passes, { timeLimitMs: 50 });
      expect(hung).toMatchObject({ status: 'failed', error: { kind: 'timeout', message: 'timed out after 0.05 s', passId: 'hang-on-marker' } });
      const next = await processFile(input(SAMPLE.replace('(;', '1;')), passes, { timeLimitMs: 5000 });
      expect(next.status, kind).toBe('changed');
      expect(next.status === 'changed' && next.after).toBe(`// seen\n${SAMPLE.replace('(;', '1;')}`);
    }
  });
});

describe('which runs keep the time limit in-process', () => {
  const pass = (visit: (ctx: FileContext) => void | Promise<void>) => definePass({ id: 'p', title: 'P', description: 'P.', needs: 'syntax', visit });

  it('passes whose visit is not an async function', () => {
    const plain = pass(() => undefined);
    const promising = pass(() => Promise.resolve());
    const asynchronous = pass(async () => undefined);
    expect(visitIsAsync(asynchronous)).toBe(true);
    expect(interruptiblePasses([{ pass: plain }, { pass: promising }])).toBe(true);
    expect(interruptiblePasses([{ pass: plain }, { pass: asynchronous }])).toBe(false);
  });

  it('fewer files than a worker pays for, known, and no more than one thread asked for', () => {
    expect(watchInProcess(1, undefined, true, 8)).toBe(true);
    expect(watchInProcess(31, 1, true, 8)).toBe(true);
    expect(watchInProcess(32, undefined, true, 8)).toBe(false);
    expect(watchInProcess(undefined, undefined, true, 8)).toBe(false); // before discovery, from a folder or a glob
    expect(watchInProcess(3, 2, true, 8)).toBe(false);
    expect(watchInProcess(3, undefined, false, 8)).toBe(false);
  });

  it('any number of files by default below 4 cores, where the default is one thread; not an explicit --jobs', () => {
    for (const cores of [1, 2, 3]) {
      expect(watchInProcess(5000, undefined, true, cores)).toBe(true);
      expect(watchInProcess(undefined, undefined, true, cores)).toBe(true);
      expect(watchInProcess(5000, 1, true, cores)).toBe(false); // --jobs 1: one worker thread
      expect(watchInProcess(5000, undefined, false, cores)).toBe(false); // an async visit cannot be stopped here
    }
    expect(watchInProcess(5000, undefined, true, 4)).toBe(false);
  });
});
