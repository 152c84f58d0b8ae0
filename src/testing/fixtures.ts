import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { resolveOptions, type OptionValues } from '../core/options.js';
import { parseSource, syntaxErrors } from '../core/parse.js';
import type { FilePass } from '../core/pass.js';
import type { FileResult } from '../core/result.js';
import { processFile } from '../runner/process-file.js';
import { run } from '../runner/run.js';

/** Set to 1 to (re)write `<case>.output.<ext>` from what the pass produces now. */
export const UPDATE_ENV = 'CODEMORPH_UPDATE_FIXTURES';

export interface FixtureCase {
  readonly name: string;
  readonly inputPath: string;
  /** Undefined: the case must not change. */
  readonly outputPath?: string;
  readonly options: OptionValues;
  readonly extension: string;
  /** `<case>.warnings.txt`: the exact warnings expected, one `line:column message` per line. */
  readonly warningsPath?: string;
}

export interface ApplyPassOptions {
  /** The file name the text pretends to have (its extension picks the parser). */
  readonly path?: string;
  readonly options?: OptionValues;
  readonly maxRounds?: number;
}

/** Runs one file pass over a text, through the same code path as the CLI. */
export async function applyPass(pass: FilePass, text: string, opts: ApplyPassOptions = {}): Promise<FileResult> {
  const path = resolve(opts.path ?? 'input.ts');
  const options = resolveOptions(pass.id, pass.options, opts.options ?? {});
  return processFile({ path, relativePath: path, text }, [{ pass, options }], {
    maxRounds: opts.maxRounds,
    verbose: true,
  });
}

/** The tsconfig type-aware fixtures are checked under: strict, ES2022, no DOM (declare what a case needs). */
export const TYPED_FIXTURE_TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    lib: ['ES2022'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'preserve',
    allowJs: true,
    noEmit: true,
    skipLibCheck: true,
  },
};

export interface TypedApplyOptions extends ApplyPassOptions {
  /** Overrides of TYPED_FIXTURE_TSCONFIG's compiler options (tsconfig.json spelling). */
  readonly compilerOptions?: Record<string, unknown>;
}

/**
 * Runs one `needs: 'types'` file pass over a text through project mode (the CLI's code path with
 * a type checker): the text is written alone into a temporary folder with TYPED_FIXTURE_TSCONFIG.
 */
export async function applyTypedPass(pass: FilePass, text: string, opts: TypedApplyOptions = {}): Promise<FileResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-typed-'));
  try {
    const compilerOptions = { ...TYPED_FIXTURE_TSCONFIG.compilerOptions, ...opts.compilerOptions };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions }, null, 2));
    const path = join(dir, basename(opts.path ?? 'input.ts'));
    writeFileSync(path, text);
    const options = resolveOptions(pass.id, pass.options, opts.options ?? {});
    const steps = [{ pass, options, source: pass.id }];
    let found: FileResult | undefined;
    for await (const result of run({ root: dir, files: [path], steps, maxRounds: opts.maxRounds, verbose: true })) {
      if (result.path === path) found = result;
    }
    if (!found) throw new Error(`project mode returned no result for ${path}`);
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let typeCheckProject: Project | undefined;

/**
 * The checker's error messages for a text checked alone under TYPED_FIXTURE_TSCONFIG (positions
 * left out, so input and output can be compared): a type-aware rewrite must not add any.
 */
export function typeErrorMessages(text: string, fileName: string): string[] {
  // One project for all checks: the library files are parsed once and reused by each program.
  typeCheckProject ??= new Project({
    useInMemoryFileSystem: true,
    compilerOptions: ts.convertCompilerOptionsFromJson(TYPED_FIXTURE_TSCONFIG.compilerOptions, '/').options,
  });
  const project = typeCheckProject;
  for (const previous of project.getSourceFiles()) project.removeSourceFile(previous);
  const file = project.createSourceFile(`/${basename(fileName)}`, text);
  return project
    .getProgram()
    .compilerObject.getSemanticDiagnostics(file.compilerNode)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    .sort();
}

/** Finds `<case>.input.<ext>` files with their optional `.output.<ext>` and `.options.json`. */
export function findFixtureCases(dir: string): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const file of readdirSync(dir).sort()) {
    const match = /^(.+)\.input\.([a-z]+)$/.exec(file);
    if (!match) continue;
    const [, name, extension] = match as unknown as [string, string, string];
    const outputPath = join(dir, `${name}.output.${extension}`);
    const optionsPath = join(dir, `${name}.options.json`);
    const warningsPath = join(dir, `${name}.warnings.txt`);
    cases.push({
      name,
      extension,
      inputPath: join(dir, file),
      outputPath: existsSync(outputPath) ? outputPath : undefined,
      options: existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as OptionValues) : {},
      warningsPath: existsSync(warningsPath) ? warningsPath : undefined,
    });
  }
  return cases;
}

/**
 * The pass, checked: an edit that replaces text with the same text is a bug in the pass (it
 * hides nothing today but means the pass misjudged what it changes), so fixtures fail on it.
 */
export function withNoOpEditCheck(pass: FilePass): FilePass {
  return {
    ...pass,
    async visit(context) {
      await pass.visit(context);
      for (const edit of context.edits.recorded) {
        if (context.text.slice(edit.start, edit.end) === edit.text) {
          throw new Error(`${pass.id} recorded an edit that changes nothing at [${edit.start}, ${edit.end}): ${JSON.stringify(edit.text)}`);
        }
      }
    },
  };
}

/** A result's warnings as a `<case>.warnings.txt` holds them: `line:column message`, `-` for no position. */
export function warningLines(result: FileResult): string[] {
  return result.warnings.map((warning) => `${warning.line ?? '-'}:${warning.column ?? '-'} ${warning.message}`);
}

function describeResult(result: FileResult): string {
  if (result.status === 'failed') return `failed: ${result.error.message}`;
  if (result.status === 'skipped') return `skipped: ${result.reason}`;
  return result.status;
}

/**
 * Declares one vitest test per fixture case of `pass`. `dir` is either the pass's own fixture
 * folder or a `__testfixtures__` root holding `<pass-id>/`. Each case asserts the exact output
 * (never trimmed), that the output parses, that a second run changes nothing, and that the pass
 * records no edit that changes nothing.
 */
export function defineFixtureTests(passUnderTest: FilePass, { dir }: { dir: string }): void {
  const pass = withNoOpEditCheck(passUnderTest);
  const caseDir = existsSync(join(dir, pass.id)) ? join(dir, pass.id) : dir;
  const cases = findFixtureCases(caseDir);
  // Type-aware passes need a checker, which only project mode gives them.
  const apply = pass.needs === 'types' ? applyTypedPass : applyPass;
  describe(`${pass.id} fixtures`, () => {
    it('has at least one case', () => {
      expect(cases.length, `no <case>.input.<ext> files in ${caseDir}`).toBeGreaterThan(0);
    });
    for (const fixture of cases) {
      it(fixture.name, async () => {
        const input = readFileSync(fixture.inputPath, 'utf8');
        const path = fixture.inputPath;
        const result = await apply(pass, input, { path, options: fixture.options });
        if (process.env[UPDATE_ENV] === '1') {
          const outputPath = fixture.outputPath ?? join(caseDir, `${fixture.name}.output.${fixture.extension}`);
          if (result.status === 'changed') writeFileSync(outputPath, result.after);
          if (fixture.warningsPath) writeFileSync(fixture.warningsPath, warningLines(result).map((line) => `${line}\n`).join(''));
        }
        if (fixture.warningsPath) {
          const expectedWarnings = readFileSync(fixture.warningsPath, 'utf8').split('\n').filter((line) => line.trim() !== '');
          expect(warningLines(result), `the warnings listed in ${basename(fixture.warningsPath)}`).toEqual(expectedWarnings);
        }
        const expected = fixture.outputPath ? readFileSync(fixture.outputPath, 'utf8') : undefined;
        if (expected === undefined || expected === input) {
          expect(describeResult(result), 'this case must not change').toBe('unchanged');
          return;
        }
        expect(describeResult(result)).toBe('changed');
        const actual = result.status === 'changed' ? result.after : input;
        expect(actual).toBe(expected);
        expect(syntaxErrors(parseSource(path, actual)), 'output must parse').toEqual([]);
        if (pass.needs === 'types') {
          const before = new Set(typeErrorMessages(input, path));
          const added = typeErrorMessages(actual, path).filter((message) => !before.has(message));
          expect(added, 'the output must not add type errors').toEqual([]);
        }
        const again = await apply(pass, actual, { path, options: fixture.options });
        expect(describeResult(again), 'a second run must change nothing (idempotency)').toBe('unchanged');
      });
    }
  });
}
