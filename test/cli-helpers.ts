import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(REPO, 'bin', 'codemorph.cjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function cliEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  // The parent's colour settings must not leak into what a test expects.
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  return { ...base, ...env };
}

/** Spawns the real CLI (dist/ must be built: `npm test` builds first). */
export function cli(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `cli` without blocking the test's thread, for tests that spend their time waiting (on a time
 * limit, say) or that can run two CLIs at once (`it.concurrent`, `Promise.all`).
 */
export function cliAsync(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return nodeAsync(BIN, args, { cwd, env: cliEnv(env) });
}

/** Runs a Node script to its end without blocking; `env` is the child's whole environment. */
export function nodeAsync(script: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A temp directory filled with the given files (paths relative to it). */
export function tempProject(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cm-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });
}

/** Makes `dir` a git repository with everything committed. */
export function gitInit(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'init');
}

/**
 * A user pass with no imports (a plain object is accepted): renames identifiers `foo` to `bar`,
 * throws on files containing THROW, and breaks files containing BREAK.
 */
export const RENAME_PASS = `
export default {
  id: 'foo-to-bar',
  title: 'Rename foo to bar',
  description: 'Renames identifiers named foo.',
  needs: 'syntax',
  options: { to: { type: 'string', description: 'new name', default: 'bar' } },
  visit(ctx) {
    // The markers are split so this file does not trip over its own text.
    if (ctx.text.includes('THR' + 'OW')) throw new Error('cannot handle THR' + 'OW here');
    if (ctx.text.includes('BRE' + 'AK')) ctx.edits.insertAfter(ctx.sourceFile.statements[0], ' (((');
    const walk = (node) => {
      if (ctx.ts.isIdentifier(node) && node.text === 'foo') ctx.edits.replace(node, ctx.options.to);
      ctx.ts.forEachChild(node, walk);
    };
    walk(ctx.sourceFile);
  },
};
`;
