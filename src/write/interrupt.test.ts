import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, RENAME_PASS, tempProject } from '../../test/cli-helpers.js';

/** Enough files that the write phase lasts long enough to be hit (each one is fsynced). */
const FILES = 2500;

function bigProject(): { dir: string; names: string[] } {
  const files: Record<string, string> = { 'pass.mjs': RENAME_PASS };
  const names: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const name = `src/d${i % 50}/f${i}.js`;
    names.push(name);
    files[name] = `export const foo${i} = 1;\nexport function foo() { return ${i}; }\n`;
  }
  return { dir: tempProject(files), names };
}

const original = (name: string): string => {
  const i = Number(/f(\d+)\.js$/.exec(name)![1]);
  return `export const foo${i} = 1;\nexport function foo() { return ${i}; }\n`;
};
const renamed = (name: string): string => original(name).replace('function foo()', 'function bar()');

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Starts a real --write run and sends `signal` once the write phase has begun (the undo journal
 * has entries), so the signal lands among the writes, not before them.
 */
function interruptDuringWrites(dir: string, signal: NodeJS.Signals): Promise<Ended> {
  const child = spawn(process.execPath, [BIN, 'run', './pass.mjs', 'src', '--write'], {
    cwd: dir,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const entries = join(dir, '.codemorph', 'journal', 'last', 'entries.jsonl');
  const poll = setInterval(() => {
    if ((statSync(entries, { throwIfNoEntry: false })?.size ?? 0) > 0) {
      clearInterval(poll);
      child.kill(signal);
    }
  }, 2);
  return new Promise((resolve) => {
    child.on('close', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, stderr });
    });
  });
}

/** Every file is wholly old or wholly new; returns how many are new. */
function checkEachFileOldOrNew(dir: string, names: readonly string[]): number {
  let written = 0;
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (text === renamed(name)) written++;
    else expect(text, name).toBe(original(name));
  }
  return written;
}

/** Temp files beside the sources (a SIGKILL can leave the one in flight; undo removes it). */
function tempFiles(dir: string): string[] {
  return readdirSync(join(dir, 'src')).flatMap((folder) => readdirSync(join(dir, 'src', folder)).filter((file) => file.includes('.codemorph-')));
}

describe('interrupting the write phase of the real CLI', () => {
  it('SIGKILL at any instant leaves each file old or new, and undo restores exactly those written', { timeout: 240_000 }, async () => {
    const { dir, names } = bigProject();
    const ended = await interruptDuringWrites(dir, 'SIGKILL');
    expect(ended.signal).toBe('SIGKILL');
    const written = checkEachFileOldOrNew(dir, names);
    expect(written).toBeLessThan(FILES); // it was killed among the writes, not after them
    expect(tempFiles(dir).length).toBeLessThanOrEqual(1);
    const undo = cli(dir, ['undo']);
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stderr).toContain(`restored ${written} file`);
    for (const name of names) expect(readFileSync(join(dir, name), 'utf8')).toBe(original(name));
    expect(tempFiles(dir)).toEqual([]);
  });

  it('SIGINT finishes the file in flight, stops, says how to undo, and exits 130', { timeout: 240_000 }, async () => {
    const { dir, names } = bigProject();
    const ended = await interruptDuringWrites(dir, 'SIGINT');
    expect(ended.code, ended.stderr).toBe(130);
    const written = checkEachFileOldOrNew(dir, names);
    expect(written).toBeLessThan(FILES);
    expect(tempFiles(dir)).toEqual([]); // the file in flight was finished, not abandoned
    expect(ended.stderr).toContain(`codemorph: interrupted; ${written} of ${FILES} files were written; \`codemorph undo\` restores them`);
    expect(ended.stderr).toMatch(new RegExp(`${written} changed, .* ${FILES - written} failed`));
    const undo = cli(dir, ['undo']);
    expect(undo.code, undo.stderr).toBe(0);
    for (const name of names) expect(readFileSync(join(dir, name), 'utf8')).toBe(original(name));
  });

  it('a second --write started while the first runs refuses at once, and the first finishes untouched by it', { timeout: 240_000 }, async () => {
    const { dir, names } = bigProject();
    const first = spawn(process.execPath, [BIN, 'run', './pass.mjs', 'src', '--write', '--quiet'], { cwd: dir, env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
    const finished = new Promise<number | null>((resolve) => first.on('close', resolve));
    const lock = join(dir, '.codemorph', 'write.lock');
    while (!statSync(lock, { throwIfNoEntry: false })) await new Promise((resolve) => setTimeout(resolve, 5));
    const second = cli(dir, ['run', './pass.mjs', 'src', '--write']);
    expect(second.code).toBe(2);
    expect(second.stderr.trim()).toBe(`codemorph: .codemorph/write.lock: another codemorph run (pid ${first.pid}) is writing this tree; nothing was changed (wait for it, then run again)`);
    expect(await finished).toBe(0);
    for (const name of names) expect(readFileSync(join(dir, name), 'utf8')).toBe(renamed(name));
  });
});
