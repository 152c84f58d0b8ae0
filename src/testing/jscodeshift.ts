import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createJiti } from 'jiti';
import { describe, expect, it } from 'vitest';
import { boundJscodeshift, createApi } from '../engines/jscodeshift/api.js';
import { chooseParser } from '../engines/jscodeshift/parser.js';
import { findTransform, type FoundTransform } from '../engines/jscodeshift/transform.js';
import { loadModule } from '../workspace/load-module.js';

/**
 * jscodeshift's test helpers (`jscodeshift/dist/testUtils`) for vitest: same names, same
 * arguments, same semantics (output trimmed, fixtures in `<dirName>/../__testfixtures__`,
 * `testOptions.parser` before the module's `parser`), but running on codemorph's jscodeshift
 * engine and importing describe/it/expect from vitest instead of relying on jest globals.
 */

export interface TestOptions {
  /** Parser name or object; wins over the module's `parser` export. */
  readonly parser?: unknown;
}

export interface TransformInput {
  readonly source: string;
  readonly path?: string;
}

export type TransformOptions = Record<string, unknown> | undefined | null;

const silent = { warn(): void {}, stat(): void {} };

function found(module: unknown): FoundTransform {
  const transform = findTransform(module);
  if (!transform) throw new Error('applyTransform: the module exports no transform function');
  return transform;
}

const trimmed = (output: unknown): string => (typeof output === 'string' ? output : '').trim();

/**
 * Runs a transform on one input and returns its trimmed output ('' when it returned nothing);
 * a Promise of it when the transform is async, the string itself otherwise (as jscodeshift's).
 */
export function applyTransform(
  module: unknown,
  options: TransformOptions,
  input: TransformInput,
  testOptions: TestOptions = {},
): string | Promise<string> {
  const { transform, parser: exported } = found(module);
  const parser = chooseParser({ exported: testOptions.parser ?? exported, path: input.path ?? 'input.js' });
  const j = boundJscodeshift(parser);
  const output = transform({ path: input.path as string, source: input.source }, createApi(j, silent), { ...(options ?? {}) });
  if (output instanceof Promise) return output.then(trimmed);
  return trimmed(output);
}

function then<T>(value: string | Promise<string>, next: (output: string) => T): T | Promise<T> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** Asserts that the trimmed output equals the trimmed expected text; returns the output. */
export function runInlineTest(
  module: unknown,
  options: TransformOptions,
  input: TransformInput,
  expectedOutput: string,
  testOptions?: TestOptions,
): string | Promise<string> {
  return then(applyTransform(module, options, input, testOptions), (output) => {
    expect(output).toEqual(expectedOutput.trim());
    return output;
  });
}

/** Asserts the output against vitest's snapshot of the running test. */
export function runSnapshotTest(
  module: unknown,
  options: TransformOptions,
  input: TransformInput,
  testOptions?: TestOptions,
): string | Promise<string> {
  return then(applyTransform(module, options, input, testOptions), (output) => {
    expect(output).toMatchSnapshot();
    return output;
  });
}

function extensionForParser(parser: unknown): string {
  return parser === 'ts' || parser === 'tsx' ? parser : 'js';
}

let jiti: ReturnType<typeof createJiti> | undefined;

/**
 * Loads a transform like the CLI does; when Node refuses it (ESM syntax in a CommonJS package,
 * extensionless relative imports: code jest ran through babel-jest), through jiti instead.
 */
async function loadTransform(path: string): Promise<unknown> {
  try {
    return await loadModule(path);
  } catch (error) {
    jiti ??= createJiti(import.meta.url, { interopDefault: false, moduleCache: true, fsCache: false });
    try {
      return await jiti.import(path);
    } catch {
      throw error;
    }
  }
}

const MODULE_SUFFIXES = ['', '.js', '.cjs', '.mjs', '.ts', '.tsx', '.mts', '.cts', '/index.js', '/index.ts'];

/** Resolves `<dirName>/../<transformName>` like require() would, TypeScript files included. */
function transformPath(dirName: string, transformName: string): string {
  const base = join(dirName, '..', transformName);
  for (const suffix of MODULE_SUFFIXES) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`defineTest: no transform module at ${base} (tried ${MODULE_SUFFIXES.filter(Boolean).join(', ')})`);
}

/**
 * Runs `<dirName>/../<transformName>` on `__testfixtures__/<prefix>.input.<ext>` and compares
 * with `<prefix>.output.<ext>` (ext: ts/tsx for those parsers, js otherwise).
 */
export async function runTest(
  dirName: string,
  transformName: string,
  options: TransformOptions,
  testFilePrefix?: string,
  testOptions: TestOptions = {},
): Promise<string> {
  const prefix = testFilePrefix || transformName;
  const module = await loadTransform(transformPath(dirName, transformName));
  const extension = extensionForParser(testOptions.parser ?? found(module).parser);
  const fixtureDir = join(dirName, '..', '__testfixtures__');
  const inputPath = join(fixtureDir, `${prefix}.input.${extension}`);
  const source = readFileSync(inputPath, 'utf8');
  const expected = readFileSync(join(fixtureDir, `${prefix}.output.${extension}`), 'utf8');
  return runInlineTest(module, options, { path: inputPath, source }, expected, testOptions);
}

/** One `describe(transformName)` with one fixture test, as jscodeshift's defineTest. */
export function defineTest(
  dirName: string,
  transformName: string,
  options?: TransformOptions,
  testFilePrefix?: string,
  testOptions?: TestOptions,
): void {
  const testName = testFilePrefix ? `transforms correctly using "${testFilePrefix}" data` : 'transforms correctly';
  describe(transformName, () => {
    it(testName, async () => {
      await runTest(dirName, transformName, options, testFilePrefix, testOptions);
    });
  });
}

/** One test comparing the transform's output on `input` with `expectedOutput` (both trimmed). */
export function defineInlineTest(
  module: unknown,
  options: TransformOptions,
  input: string,
  expectedOutput: string,
  testName?: string,
  testOptions?: TestOptions,
): void {
  it(testName || 'transforms correctly', async () => {
    await runInlineTest(module, options, { source: input }, expectedOutput, testOptions);
  });
}

/** One test matching the transform's output on `input` against a vitest snapshot. */
export function defineSnapshotTest(
  module: unknown,
  options: TransformOptions,
  input: string,
  testName?: string,
  testOptions?: TestOptions,
): void {
  it(testName || 'transforms correctly', async () => {
    await runSnapshotTest(module, options, { source: input }, testOptions);
  });
}
