import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOptions, type OptionValues } from '../core/options.js';
import type { Pass } from '../core/pass.js';
import type { FileResult } from '../core/result.js';
import { run } from '../runner/run.js';
import { DEFAULT_EXTENSIONS } from '../workspace/discover.js';
import { writeResults } from '../write/write.js';
import { UPDATE_ENV } from './fixtures.js';

/** Folders never compared: the undo journal the write leaves behind. */
const IGNORED = new Set(['.codemorph', 'node_modules']);

/** Every file under `dir` (relative, forward slashes) with its text. */
export function readTree(dir: string): Map<string, string> {
  const tree = new Map<string, string>();
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      if (IGNORED.has(name)) continue;
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else tree.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return tree;
}

function sourceFiles(root: string): string[] {
  const extensions = new Set(DEFAULT_EXTENSIONS.map((ext) => `.${ext}`));
  return [...readTree(root).keys()]
    .filter((path) => extensions.has(path.slice(path.lastIndexOf('.'))))
    .map((path) => join(root, path));
}

export interface ProjectRun {
  readonly results: readonly FileResult[];
  /** The tree after the changed results were written. */
  readonly tree: Map<string, string>;
}

/**
 * Runs one pass over a project folder in place through `run()` (project mode when the pass needs
 * types), writes what changed, and returns the results and the tree after.
 */
export async function runProjectPass(pass: Pass, root: string, options: OptionValues = {}): Promise<ProjectRun> {
  const resolved = resolveOptions(pass.id, pass.options, options, { strict: !pass.acceptsAnyOption });
  const results: FileResult[] = [];
  for await (const result of run({ root, files: sourceFiles(root), steps: [{ pass, options: resolved, source: pass.id }], verbose: true })) {
    results.push(result);
  }
  const failures = results.filter((result) => result.status === 'failed');
  if (failures.length === 0) {
    const { outcomes } = await writeResults(root, results);
    const errors = outcomes.filter((outcome) => outcome.error).map((outcome) => outcome.error!.message);
    if (errors.length > 0) throw new Error(`write failed: ${errors.join('; ')}`);
  }
  return { results, tree: readTree(root) };
}

function describeFailures(results: readonly FileResult[]): string[] {
  return results.flatMap((result) => (result.status === 'failed' ? [`${result.relativePath}: ${result.error.message}`] : []));
}

/**
 * Declares one vitest test per case folder of a project pass: `<case>/input/` (a whole project,
 * usually with a tsconfig.json), `<case>/output/` (the expected tree: created, moved and deleted
 * files included, exact bytes) and an optional `<case>/options.json`. The input is copied to a
 * temp dir, run and written; the tree must equal output/, and a second run must change nothing.
 */
export function defineProjectFixtureTests(pass: Pass, { dir }: { dir: string }): void {
  const caseRoot = existsSync(join(dir, pass.id)) ? join(dir, pass.id) : dir;
  const cases = existsSync(caseRoot)
    ? readdirSync(caseRoot).filter((name) => existsSync(join(caseRoot, name, 'input'))).sort()
    : [];
  describe(`${pass.id} project fixtures`, () => {
    it('has at least one case', () => {
      expect(cases.length, `no <case>/input/ folders in ${caseRoot}`).toBeGreaterThan(0);
    });
    for (const name of cases) {
      it(name, async () => {
        const caseDir = join(caseRoot, name);
        const optionsPath = join(caseDir, 'options.json');
        const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as OptionValues) : {};
        const work = mkdtempSync(join(tmpdir(), `cm-${pass.id}-`));
        try {
          cpSync(join(caseDir, 'input'), work, { recursive: true });
          const first = await runProjectPass(pass, work, options);
          expect(describeFailures(first.results)).toEqual([]);
          if (process.env[UPDATE_ENV] === '1') {
            rmSync(join(caseDir, 'output'), { recursive: true, force: true });
            for (const [path, text] of first.tree) {
              mkdirSync(dirname(join(caseDir, 'output', path)), { recursive: true });
              writeFileSync(join(caseDir, 'output', path), text);
            }
          }
          const expected = readTree(join(caseDir, 'output'));
          expect([...first.tree.keys()], 'the files after the run').toEqual([...expected.keys()]);
          for (const [path, text] of expected) expect(first.tree.get(path), path).toBe(text);
          const second = await runProjectPass(pass, work, options);
          expect(describeFailures(second.results)).toEqual([]);
          const changedAgain = second.results.filter((result) => result.status === 'changed').map((result) => result.relativePath);
          expect(changedAgain, 'a second run must change nothing (idempotency)').toEqual([]);
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      });
    }
  });
}
