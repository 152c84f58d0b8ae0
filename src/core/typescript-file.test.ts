import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ts as TS } from 'ts-morph';
import { afterEach, describe, expect, it } from 'vitest';
import { installedSourceFiles } from '../../test/installed-files.js';

// The build's minified copy of the compiler (scripts/minify-typescript.mjs) stands in for the
// file ts-morph bundles: it must be chosen only where it was made from the installed file, be the
// one copy ts-morph uses too, and parse and check exactly as the original does.

const require = createRequire(import.meta.url);
const { minifiedCopy, typescriptFile, typescriptOriginal } = require('./typescript-file.cjs') as {
  minifiedCopy(original: string, vendors: readonly string[]): string | undefined;
  typescriptFile: string;
  typescriptOriginal: string;
};

const dirs: string[] = [];
afterEach(() => {
  delete process.env.CODEMORPH_MINIFIED_TYPESCRIPT;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A vendor folder whose record says the copy was made from `version` and `size`. */
function vendor(record: { version: string; size: number } | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'cm-vendor-'));
  dirs.push(dir);
  if (record) writeFileSync(join(dir, 'typescript.json'), JSON.stringify({ from: 'x', ...record }));
  return dir;
}

const installedVersion = (JSON.parse(readFileSync(join(dirname(typescriptOriginal), '..', 'package.json'), 'utf8')) as { version: string }).version;
const installedSize = statSync(typescriptOriginal).size;

describe('the minified TypeScript copy', () => {
  it('is chosen only when made from the installed file: same @ts-morph/common version and size', () => {
    const made = vendor({ version: installedVersion, size: installedSize });
    expect(minifiedCopy(typescriptOriginal, [made])).toBeUndefined(); // the record without its copy
    writeFileSync(join(made, 'typescript.min.cjs'), '');
    expect(minifiedCopy(typescriptOriginal, [made])).toBe(join(made, 'typescript.min.cjs'));
    expect(minifiedCopy(typescriptOriginal, [vendor(undefined), made])).toBe(join(made, 'typescript.min.cjs'));
    expect(minifiedCopy(typescriptOriginal, [vendor({ version: `${installedVersion}-other`, size: installedSize })])).toBeUndefined();
    expect(minifiedCopy(typescriptOriginal, [vendor({ version: installedVersion, size: installedSize + 1 })])).toBeUndefined();
    expect(minifiedCopy(typescriptOriginal, [vendor(undefined)])).toBeUndefined();
    process.env.CODEMORPH_MINIFIED_TYPESCRIPT = '0';
    expect(minifiedCopy(typescriptOriginal, [made])).toBeUndefined();
  });

  it('is what a built checkout loads, and ts-morph gets the very same module', () => {
    // `npm test` builds first, so dist/vendor/ holds the copy made from the installed file.
    expect(typescriptFile).toMatch(/[\\/]dist[\\/]vendor[\\/]typescript\.min\.cjs$/);
    const { ts } = require('./typescript.cjs') as { ts: typeof TS };
    expect(require.cache[typescriptOriginal]?.exports).toBe(ts);
    // ts-morph re-exports it wrapped (an interop namespace): its members are the module's own.
    const theirs = (require('ts-morph') as { ts: typeof TS }).ts;
    expect(theirs.createSourceFile).toBe(ts.createSourceFile);
    expect(theirs.SyntaxKind).toBe(ts.SyntaxKind);
  });

  it('parses real files and type-checks a program exactly as the original does', () => {
    const minified = require(typescriptFile) as typeof TS;
    // The original, loaded on its own: a fresh module, not the one registered under its path.
    const module = { exports: {} as typeof TS };
    const body = readFileSync(typescriptOriginal, 'utf8');
    new Function('module', 'exports', 'require', '__filename', '__dirname', body)(module, module.exports, createRequire(typescriptOriginal), typescriptOriginal, dirname(typescriptOriginal));
    const original = module.exports;
    expect(original).not.toBe(minified);
    expect(minified.version).toBe(original.version);
    // The same names in the same order, with values of the same kinds, in `ts` and in the
    // namespaces under it (ts.server, ts.codefix...): the build made them literals
    // (scripts/typescript-start-up.mjs), getters where a name's value can change.
    expect(namespaces(minified)).toEqual(namespaces(original));
    expect(Object.getOwnPropertyDescriptor(minified, 'sys')?.get).toBeTypeOf('function'); // ts.setSys assigns it
    expect(minified.sys.createHash!('abc')).toBe(original.sys.createHash!('abc'));
    const files = installedSourceFiles(['commander', 'diff', 'yaml', 'semver', 'picomatch', 'jiti', 'ast-types', 'recast'], { limit: 250, maxBytes: 200_000, declarations: true });
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(shape(minified, file, text), file).toEqual(shape(original, file, text));
    }
    expect(checked(minified)).toEqual(checked(original));
    expect(checked(original).length).toBeGreaterThan(3);
  });
});

/** Each namespace object reachable from `ts` (two levels): its names, and what kind of value each has. */
function namespaces(ts: typeof TS): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const visit = (object: Record<string, unknown>, path: string, depth: number): void => {
    found[path] = Object.keys(object).map((name) => `${name}:${typeof object[name]}`);
    if (depth === 2) return;
    for (const name of Object.keys(object)) {
      const value = object[name];
      if (value && typeof value === 'object' && !Array.isArray(value) && /^[a-z]/i.test(name)) visit(value as Record<string, unknown>, `${path}.${name}`, depth + 1);
    }
  };
  visit(ts as unknown as Record<string, unknown>, 'ts', 0);
  return found;
}

// ScriptKind: JS 1, JSX 2, TS 3, TSX 4.
const KINDS: Record<string, number> = { '.js': 2, '.jsx': 2, '.mjs': 1, '.cjs': 1, '.ts': 3, '.mts': 3, '.cts': 3, '.tsx': 4 };

/** Every node's kind, flags and span, and the parser's diagnostics. */
function shape(ts: typeof TS, file: string, text: string): unknown {
  const kind = KINDS[/\.[a-z]+$/.exec(file)![0]] ?? 3;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const nodes: number[] = [];
  const visit = (node: TS.Node): void => {
    nodes.push(node.kind, node.flags, node.pos, node.end);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const diagnostics = (source as unknown as { parseDiagnostics: TS.Diagnostic[] }).parseDiagnostics.map((d) => [d.code, d.start, d.length]);
  return { nodes, diagnostics };
}

const PROGRAM = `
interface Array<T> { length: number; [n: number]: T; map<U>(f: (t: T) => U): U[] }
interface Boolean {} interface Function {} interface IArguments {} interface Number {} interface Object {}
interface RegExp {} interface String { length: number } interface CallableFunction {} interface NewableFunction {}
type Shape = { kind: 'circle'; r: number } | { kind: 'square'; side: number };
function area(s: Shape): number {
  switch (s.kind) { case 'circle': return s.r * s.r * 3; case 'square': return s.side * s.side; }
}
const wrong: string = area({ kind: 'circle', r: 1 });
class Box<T extends { length: number }> { constructor(private readonly items: T[]) {} sizes() { return this.items.map((i) => i.length); } }
new Box([1, 2]);
let missing = notDeclared + 1;
function generic<K extends keyof Shape>(k: K): Shape[K] { return k; }
`;

/** The checker's diagnostics for a small program (no lib: the program declares what it uses). */
function checked(ts: typeof TS): string[] {
  const options: TS.CompilerOptions = { noLib: true, strict: true, target: ts.ScriptTarget.ES2022 };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name, version) => (name === 'main.ts' ? ts.createSourceFile(name, PROGRAM, version) : undefined);
  host.fileExists = (name) => name === 'main.ts';
  host.readFile = (name) => (name === 'main.ts' ? PROGRAM : undefined);
  const program = ts.createProgram(['main.ts'], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.start} ${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}
