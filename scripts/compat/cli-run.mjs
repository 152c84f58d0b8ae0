// `npm run compat -- --cli`: codemorph's column through the real CLI, as a user runs it —
// `codemorph run <transform> <file> --json --write` in a temporary folder, per case.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** Runs one case through bin/codemorph.cjs; { output } ('' when the transform skipped) or { error }. */
export function codemorphCliRun(root, testCase) {
  const dir = mkdtempSync(join(tmpdir(), 'cm-compat-'));
  try {
    // The fixture's own path under the folder: transforms look at it (jest codemods only touch __tests__/).
    const file = join(dir, testCase.inputPath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, testCase.input);
    const optionsFile = join(dir, 'options.json');
    writeFileSync(optionsFile, JSON.stringify(testCase.options ?? {}));
    // A parser the test set (testOptions, or a jest.mock of the module) travels as --parser.
    const parser = testCase.testOptions.parser ?? testCase.mockedParser;
    const args = [join(root, 'bin/codemorph.cjs'), 'run', testCase.transformPath, file, '--json', '--write', '--options', optionsFile, '--no-cache'];
    if (typeof parser === 'string') args.push('--parser', parser);
    const run = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...(testCase.env ?? {}) } });
    let report;
    try {
      report = JSON.parse(run.stdout);
    } catch {
      return { error: (run.stderr.trim().split('\n')[0] || `exit ${run.status}`).replace(/^codemorph: /, '') };
    }
    const entry = report.files.find((item) => item.path === relative(dir, file));
    if (entry?.status === 'failed') return { error: entry.error.message };
    if (entry?.status === 'skipped') return entry.passes ? { output: '' } : { error: `skipped: ${entry.reason}` };
    return { output: readFileSync(file, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
