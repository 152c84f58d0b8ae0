import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cli, tempProject } from '../../test/cli-helpers.js';

/** A pass slow enough (70 ms a file) for a run to outlast the progress bar's one-second delay. */
const SLOW_PASS = `
export default {
  id: 'slow', title: 'Slow', description: 'Takes its time.', needs: 'syntax',
  visit(ctx) {
    const end = Date.now() + 70;
    while (Date.now() < end);
    ctx.edits.replaceRange(0, 3, 'bar');
  },
};
`;

const hasScript = ((): boolean => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Runs the CLI under a pseudo-terminal (util-linux `script`), stdout to /dev/null: what the terminal shows. */
function inTerminal(cwd: string, args: string): string {
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args} > /dev/null`;
  const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return run.stdout;
}

function slowProject(): string {
  const files: Record<string, string> = { 'slow.mjs': SLOW_PASS };
  for (let i = 0; i < 25; i++) files[`src/f${i}.ts`] = 'foo;\n';
  return tempProject(files);
}

describe('progress bar', () => {
  it.skipIf(!hasScript)('shows files done / total, rate and ETA on a terminal once a run passes one second', () => {
    const screen = inTerminal(slowProject(), 'run ./slow.mjs src --jobs 1');
    expect(screen).toMatch(/codemorph .* \d+\/25 files \| \d+ files\/s \| ETA/);
  });

  it.skipIf(!hasScript)('never shows with --json, even on a terminal', () => {
    const screen = inTerminal(slowProject(), 'run ./slow.mjs src --jobs 1 --json');
    expect(screen).not.toContain('files/s');
  });

  it('never shows when stderr is not a terminal', () => {
    const run = cli(slowProject(), ['run', './slow.mjs', 'src', '--jobs', '1']);
    expect(run.stderr).not.toContain('files/s');
    expect(run.stderr).toMatch(/25 files scanned, 25 would change/);
  });
});
