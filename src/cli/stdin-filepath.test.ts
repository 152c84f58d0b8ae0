import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, tempProject } from '../../test/cli-helpers.js';
import { loadSteps } from '../workspace/steps.js';
import { runFlagsFrom } from './flags.js';
import { runOnStdin } from './stdin-file.js';

/** The real CLI with `input` on stdin. */
function withStdin(cwd: string, args: readonly string[], input: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('--stdin-filepath (source on stdin, result on stdout)', () => {
  const dir = tempProject({ 'package.json': '{}\n' });

  it('run: prints the result, keeping a BOM and CRLF; the path (which need not exist) picks the parser', () => {
    const result = withStdin(dir, ['run', 'var-to-let-const,template-literals', '--stdin-filepath', 'src/new.tsx'], '\uFEFFexport var a = 1;\r\nexport var b = <b>{"x" + a}</b>;\r\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('\uFEFFexport const a = 1;\r\nexport const b = <b>{`x${a}`}</b>;\r\n');
  });

  it('rewrite --check: exit 1 and the path when it would change, nothing else on stdout', () => {
    const result = withStdin(dir, ['rewrite', '-p', 'console.log($X)', '-t', 'logger.info($X)', '--stdin-filepath', 'a.ts', '--check'], 'console.log(1);\n');
    expect([result.code, result.stdout]).toEqual([1, 'a.ts\n']);
  });

  it('refuses type-aware passes and --write clearly, before reading stdin (in-process)', async () => {
    const steps = await loadSteps('nullish-coalescing', { cwd: dir });
    const io = { cwd: dir, env: {}, stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false };
    const flags = runFlagsFrom(dir, {}, [], {});
    await expect(runOnStdin(io, steps, flags, 'a.ts')).rejects.toThrow('--stdin-filepath runs syntax passes only; nullish-coalescing');
    await expect(runOnStdin(io, steps, { ...flags, write: true }, 'a.ts')).rejects.toThrow('cannot be combined with --write');
  });
});
