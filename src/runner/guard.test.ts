import { describe, expect, it } from 'vitest';
import { parseSource, syntaxErrors, ts } from '../core/parse.js';
import { definePass, visitIsAsync, type FileContext } from '../core/pass.js';
import { interruptiblePasses, runWithin, STOPPED, timedOutResult } from './guard.js';
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

describe('runWithin', () => {
  it('stops synchronous work that never ends, and TypeScript parses correctly afterwards', () => {
    const reference = shape('/p/a.ts', SAMPLE);
    expect(
      runWithin(20, () => {
        for (;;) {
          // a pass that never returns
        }
      }),
    ).toBe(STOPPED);
    // Stopped in the middle of a parse: the parser's module-level state is whatever it was then.
    expect(runWithin(1, () => parseSource('/p/huge.ts', HUGE))).toBe(STOPPED);
    expect(runWithin(5, () => {
      // A pass that parses over and over: the stop lands inside TypeScript's parser.
      for (;;) ts.createSourceFile('x.ts', HUGE, ts.ScriptTarget.Latest);
    })).toBe(STOPPED);
    expect(shape('/p/a.ts', SAMPLE)).toBe(reference);
    expect(shape('/p/b.tsx', 'const el = <div>{x}</div>;\n')).toBe(shape('/p/c.tsx', 'const el = <div>{x}</div>;\n'));
  });

  it('returns what the work returns and rethrows what it throws', () => {
    expect(runWithin(1000, () => 42)).toBe(42);
    expect(() =>
      runWithin(1000, () => {
        throw new Error('pass bug');
      }),
    ).toThrow('pass bug');
  });

  it('gives a stopped file the same result as a watched worker does', () => {
    expect(timedOutResult('/p/f.ts', 'f.ts', 50, 'hang-on-marker')).toEqual({
      path: '/p/f.ts',
      relativePath: 'f.ts',
      status: 'failed',
      error: { kind: 'timeout', message: 'timed out after 0.05 s', passId: 'hang-on-marker' },
      warnings: [],
      stats: {},
    });
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
