import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FilePass } from '../../src/core/pass.js';
import type { FileResult } from '../../src/core/result.js';
import { applyPass } from '../../src/testing/index.js';

/**
 * Test support: runs a pass over esprima's bundled parser (real ES5 code: vars, closures,
 * function expressions), loads both versions, and compares what they produce when parsing and
 * tokenizing esprima's own source. Undefined when esprima is not installed.
 */
export interface RoundTrip {
  readonly result: FileResult;
  readonly before: string;
  readonly after: string;
}

export async function esprimaRoundTrip(pass: FilePass): Promise<RoundTrip | undefined> {
  const require = createRequire(import.meta.url);
  let source: string;
  try {
    source = require.resolve('esprima');
  } catch {
    return undefined;
  }
  const text = readFileSync(source, 'utf8');
  const result = await applyPass(pass, text, { path: source });
  if (result.status !== 'changed') return { result, before: '', after: '' };
  const copy = join(mkdtempSync(join(tmpdir(), 'codemorph-esprima-')), 'esprima.js');
  writeFileSync(copy, result.after);
  type Esprima = Record<'parseScript' | 'tokenize', (code: string, options: object) => unknown>;
  const original = require(source) as Esprima;
  const transformed = require(copy) as Esprima;
  const options = { range: true, comment: true };
  const run = (esprima: Esprima): string =>
    JSON.stringify([esprima.parseScript(text, options), esprima.tokenize(text, options)]);
  return { result, before: run(original), after: run(transformed) };
}
