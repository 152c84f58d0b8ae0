import { childProcess } from '../core/lazy-builtins.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One compiler diagnostic as tsc prints it; `file` is relative to the directory tsc ran in. */
export interface TypeDiagnostic {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly code: number;
  readonly message: string;
}

/** The native compiler (typescript 7) this package depends on. */
export function tscBinary(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
}

const HEAD = /^(.*)\((\d+),(\d+)\): error TS(\d+): (.*)$/;
const GLOBAL = /^error TS(\d+): (.*)$/;

/** Parses `tsc --pretty false` output; indented lines continue the previous message. */
export function parseTscOutput(output: string): TypeDiagnostic[] {
  const diagnostics: TypeDiagnostic[] = [];
  let current: { file: string; line?: number; column?: number; code: number; message: string } | undefined;
  for (const raw of output.split(/\r?\n/)) {
    const head = HEAD.exec(raw);
    const global = head ? undefined : GLOBAL.exec(raw);
    if (head || global) {
      if (current) diagnostics.push(current);
      current = head
        ? { file: head[1]!.split('\\').join('/'), line: Number(head[2]), column: Number(head[3]), code: Number(head[4]), message: head[5]! }
        : { file: '', code: Number(global![1]), message: global![2]! };
    } else if (current && /^\s+\S/.test(raw)) {
      current.message += `\n${raw.trimEnd()}`;
    }
  }
  if (current) diagnostics.push(current);
  return diagnostics;
}

/** Runs `tsc --noEmit -p <tsconfig> --pretty false` in `cwd` and returns its diagnostics. */
export function runTsc(cwd: string, tsconfig: string): Promise<TypeDiagnostic[]> {
  return spawnTsc(cwd, ['--noEmit', '-p', tsconfig, '--pretty', 'false']);
}

/**
 * Runs `tsc -b <tsconfig> --force --pretty false` in `cwd`: the whole build of a solution-style
 * config (its references), which `-p` would skip. It emits (`-b` refuses `--noEmit` when projects
 * are composite), so `cwd` must be a scratch copy; --force ignores build info copied with the tree.
 */
export function runTscBuild(cwd: string, tsconfig: string): Promise<TypeDiagnostic[]> {
  return spawnTsc(cwd, ['-b', tsconfig, '--force', '--pretty', 'false']);
}

function spawnTsc(cwd: string, args: readonly string[]): Promise<TypeDiagnostic[]> {
  return new Promise((resolvePromise, reject) => {
    const child = childProcess().spawn(process.execPath, [tscBinary(), ...args], { cwd });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => resolvePromise(parseTscOutput(output)));
  });
}
