import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ts } from '../src/core/parse.js';
import { REPO } from './cli-helpers.js';
import { checkWithTs6, codeBlocks, consumerProject, declarationsRead, nativeTsc, pack, TS6_VERSION, tsconfig, type Packed } from './package-project.js';

/**
 * What a user gets from `npm install codemorph`: the tarball's contents, its declarations
 * type-checked in a consumer project (strict, skipLibCheck off) for each module resolution, and
 * the docs' code run against it. One pack, one consumer project, several tsconfigs.
 */

/** Sources tsc compiles into dist/, minus those tsconfig.build.json leaves out (test support). */
function builtSources(): string[] {
  const config = ts.parseConfigFileTextToJson('tsconfig.build.json', readFileSync(join(REPO, 'tsconfig.build.json'), 'utf8'));
  const excluded = new Set<string>((config.config as { exclude: string[] }).exclude);
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'transforms'], {
    cwd: REPO,
    encoding: 'utf8',
  }).split('\n');
  return tracked.filter((path) => /\.ts$/.test(path) && !/\.(test|d)\.ts$/.test(path) && !excluded.has(path));
}

/**
 * The expected contents: a rule, so a new source file needs no edit here; a stray file fails.
 * Declarations: those the compiler reads for a consumer importing both entry points (exactly what
 * scripts/build.mjs keeps), found by TypeScript's own module resolution.
 */
function expectedFiles(declarations: readonly string[]): string[] {
  // Untracked files count (npm packs them too); ignored ones do not.
  const tracked = (paths: string[]): string[] =>
    execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...paths], { cwd: REPO, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  return [
    'package.json',
    'README.md',
    'LICENSE', // package.json says MIT: the text ships with it
    ...tracked(['bin']),
    ...tracked(['docs']).filter((path) => path.endsWith('.md')),
    // The built-in generators (codemorph generate pass|rule|recipe): templates, schemas, scripts.
    ...tracked(['generators']),
    ...builtSources().map((path) => `dist/${path.replace(/\.ts$/, '.js')}`),
    // Hand-written CommonJS, copied by scripts/build.mjs.
    ...tracked(['src']).filter((path) => /\.cjs$/.test(path)).map((path) => `dist/${path}`),
    // The command line as bin/ runs it, bundled by scripts/bundle-cli.mjs (chunk names are hashes).
    ...readdirSync(join(REPO, 'dist', 'cli')).map((name) => `dist/cli/${name}`),
    // The minified copy of TypeScript's compiler (scripts/minify-typescript.mjs), its record and license.
    'dist/vendor/TYPESCRIPT-LICENSE.txt',
    'dist/vendor/typescript.json',
    'dist/vendor/typescript.min.cjs',
    ...declarations,
  ].sort();
}

// The first example of docs/writing-passes.md is the pass, the second (ts) block its fixture test.
const [passSource, passTest] = codeBlocks('docs/writing-passes.md').filter((block) => block.lang === 'ts').map((block) => block.code);
const [apiExample] = codeBlocks('docs/api.md').filter((block) => block.lang === 'ts').map((block) => block.code);

/** Every export of both entry points used once, and the types a pass sees checked against `ts`. */
const SURFACE = `
import * as codemorph from 'codemorph';
import * as testing from 'codemorph/testing';
import { definePass, ts, type FileContext } from 'codemorph';

export const pass = definePass({
  id: 'surface',
  title: 'Surface',
  description: 'Uses the types a pass sees.',
  needs: 'syntax',
  visit(ctx: FileContext) {
    const api: typeof ts = ctx.ts;
    const file: ts.SourceFile = ctx.sourceFile;
    const walk = (node: ts.Node): void => {
      if (api.isIdentifier(node)) ctx.edits.replace(node, node.text);
      api.forEachChild(node, walk);
    };
    walk(file);
  },
});
export const kind: ts.SyntaxKind = ts.SyntaxKind.Identifier;
export const all = [codemorph, testing];
`;

const VARIANTS = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
} as const;

describe('the published package', () => {
  let packed: Packed;
  let consumer: string;

  beforeAll(() => {
    packed = pack();
    const configs = Object.fromEntries(
      Object.entries(VARIANTS).map(([name, options]) => [`tsconfig.${name}.json`, tsconfig(options, ['passes', 'app', '*.ts'])]),
    );
    consumer = consumerProject(packed.tarball, {
      ...configs,
      // No @types/node: the declarations must not need it.
      'tsconfig.bare.json': tsconfig({ ...VARIANTS.bundler, types: [] }, ['surface.ts', 'passes/console-to-logger.ts']),
      'surface.ts': SURFACE,
      'passes/console-to-logger.ts': passSource!,
      'passes/console-to-logger.test.ts': passTest!,
      'modernize.ts': apiExample!,
      'app/src/a.js': 'var x = 1;\nconsole.log(x);\n',
      'app/passes/console-to-logger.ts': passSource!,
    });
  });

  afterAll(() => {
    // Removes the links to this repo's node_modules, not what they point to.
    for (const dir of [consumer, dirname(packed.tarball)]) rmSync(dir, { recursive: true, force: true });
  });

  it('ships exactly the built code, the declarations of its two entry points, bin, docs and README', () => {
    const declarations = declarationsRead(consumer, 'tsconfig.bare.json');
    expect(declarations).toContain('dist/src/testing/index.d.ts');
    expect(packed.files).toEqual(expectedFiles(declarations));
    // No test or fixture of codemorph's own (the generators' templates of tests and fixtures for
    // the user's new pass are content, not tests).
    const shipped = packed.files.filter((path) => !path.startsWith('generators/'));
    expect(shipped.filter((path) => /\.map$|\.test\.|__testfixtures__|__snapshots__|(^|\/)test\//.test(path))).toEqual([]);
  });

  it(`type-checks in a consumer project with TypeScript ${TS6_VERSION}, the API codemorph parses with (nodenext, node16, bundler, no @types/node)`, () => {
    const problems = [...Object.keys(VARIANTS), 'bare'].flatMap((name) => checkWithTs6(consumer, `tsconfig.${name}.json`));
    expect(problems).toEqual([]);
  });

  // One run (each checks all of ts-morph's and vitest's declarations too): the variants differ in
  // resolution, which TypeScript 6 covered above.
  it('type-checks with TypeScript 7, the native tsc, every declaration included (nodenext)', () => {
    const run = nativeTsc(consumer, 'tsconfig.nodenext.json');
    expect(run.output).toBe('');
    expect(run.code).toBe(0);
  });

  it("runs docs/api.md's example: streams a diff, writes through the journal, and the package's bin undoes it", () => {
    const js = ts.transpileModule(apiExample!, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(join(consumer, 'modernize.mjs'), js.outputText);
    const app = join(consumer, 'app');
    const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: consumer, encoding: 'utf8', env: { ...process.env, CI: 'true' } });

    const dry = node(['modernize.mjs', app]);
    expect(dry.stderr).toContain('1 file scanned, 1 would change');
    expect(dry.stdout).toContain('--- a/src/a.js\n+++ b/src/a.js\n@@ -1,2 +1,2 @@\n-var x = 1;\n-console.log(x);\n+const x = 1;\n+logger.debug(x);\n');
    expect(dry.status).toBe(0);

    const write = node(['modernize.mjs', app, '--write']);
    expect(write.status, write.stderr).toBe(0);
    expect(readFileSync(join(app, 'src/a.js'), 'utf8')).toBe('const x = 1;\nlogger.debug(x);\n');

    const undo = spawnSync(process.execPath, [join(consumer, 'node_modules/codemorph/bin/codemorph.js'), 'undo'], { cwd: app, encoding: 'utf8' });
    expect(undo.status, undo.stderr).toBe(0);
    expect(readFileSync(join(app, 'src/a.js'), 'utf8')).toBe('var x = 1;\nconsole.log(x);\n');
  });
});
