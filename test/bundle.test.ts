import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync, nodeAsync, REPO, tempProject } from './cli-helpers.js';

/**
 * bin/ runs the command line bundled into dist/cli/ (scripts/bundle-cli.mjs), while a user's pass
 * imports `codemorph`, tsc's dist/src/. What the bundle must keep: one copy of the classes and the
 * TypeScript both sides use, files found beside the bundle, and lazy loading.
 */
const BUNDLE = join(REPO, 'dist', 'cli');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; dependencies: Record<string, string> };

/** Every specifier a bundle file imports, statically (`from`, bare `import '…'`) or with `import()`. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8');
  return {
    static: [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*"([\w@./:-]+)"|(?:^|\n)import\s*"([\w@./:-]+)"/g)].map((m) => (m[1] ?? m[2])!),
    dynamic: [...text.matchAll(/\bimport\(\s*"([\w@./:-]+)"\s*\)/g)].map((m) => m[1]!),
  };
}

/** The bundle files `entry` loads before it runs: its static imports, followed. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [join(BUNDLE, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !file.startsWith(BUNDLE)) continue;
    seen.add(file);
    for (const specifier of importsOf(file).static) if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
  }
  return [...seen];
}

/** What is wrong with a specifier a bundle file imports: a file beside it that does not exist, a package codemorph does not depend on. */
function unresolvable(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  if (specifier.startsWith('.')) return existsSync(resolve(BUNDLE, specifier)) ? undefined : `${specifier} does not exist`;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return name in pkg.dependencies ? undefined : `imports ${specifier}, not a dependency of codemorph`;
}

describe('the bundled command line', () => {
  it('imports only Node, declared dependencies and files that exist; --help and --version load no runner', () => {
    const files = readdirSync(BUNDLE).filter((name) => name.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['start.js', 'worker.js', 'esm-hook.js']));
    const problems: string[] = [];
    for (const name of files) {
      const { static: statics, dynamic } = importsOf(join(BUNDLE, name));
      for (const specifier of [...statics, ...dynamic]) {
        const problem = unresolvable(specifier);
        if (problem) problems.push(`${name}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    // bin/ loads start.js on every command: small, and the command line's modules only imported.
    const start = staticClosure('start.js').map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(start).toContain('// src/cli/start.ts');
    for (const lazy of ['// src/cli/main.ts', '// node_modules/commander/', 'from "../src/core/']) expect(start, lazy).not.toContain(lazy);
    // esbuild marks each module's code with a `// path` comment: what the command line's modules pull in eagerly.
    const mainChunk = importsOf(join(BUNDLE, 'start.js')).dynamic.find((specifier) => /^\.\/main-\w+\.js$/.test(specifier));
    expect(mainChunk).toBeDefined();
    const eager = staticClosure(mainChunk!).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(eager).toContain('// src/cli/main.ts');
    for (const lazy of ['// src/runner/', '// src/cli/execute.ts', '// node_modules/globby/', 'typescript.cjs', 'piscina']) {
      expect(eager, lazy).not.toContain(lazy);
    }
    expect(readFileSync(join(REPO, 'bin', 'codemorph-jscodeshift.js'), 'utf8')).toMatch(/await import\('\.\.\/dist\/cli\/start\.js'\)/);
    // The package's bin: start.js for every command but those a pre-commit hook runs (start-hook.cjs).
    const bin = readFileSync(join(REPO, 'bin', 'codemorph.cjs'), 'utf8');
    expect(bin).toMatch(/import\('\.\.\/dist\/cli\/start\.js'\)/);
    expect(bin).toMatch(/require\('\.\.\/dist\/cli\/start-hook\.cjs'\)/);
    expect(pkg.bin.codemorph).toBe('./bin/codemorph.cjs');
  });

  it('main.cjs, the command line run and rewrite load through the code cache, requires only what exists and keeps no import()', async () => {
    const { importsLeftIn } = (await import(join(REPO, 'scripts', 'bundle-cli.mjs'))) as { importsLeftIn(file: string): string[] };
    // start-hook.cjs, what bin/ requires for run and rewrite, loads main.cjs: it holds none of the command line.
    const hook = readFileSync(join(BUNDLE, 'start-hook.cjs'), 'utf8');
    expect(hook).toContain('// src/cli/early-prefetch.ts');
    expect(hook).not.toContain('// src/cli/main.ts');
    expect(importsLeftIn(join(BUNDLE, 'start-hook.cjs'))).toEqual([]);
    const file = join(BUNDLE, 'main.cjs');
    expect(importsLeftIn(file)).toEqual([]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('// src/cli/main.ts');
    // lilconfig is inside, its import() made through import-module.cjs (scripts/bundle-cli.mjs lilconfigForBundle).
    expect(text).toContain('// node_modules/lilconfig/src/index.js');
    expect(text).not.toContain('require("lilconfig")');
    // ASCII only (scripts/bundle-cli.mjs asciiOnly), so V8 reads it as one-byte text.
    expect(text.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
    // Bundled CommonJS packages require Node's modules by bare name too (`require("fs")`).
    const required = [...text.matchAll(/\brequire\("([\w@./:-]+)"\)/g)].map((match) => match[1]!).filter((specifier) => !isBuiltin(specifier));
    expect(required.map(unresolvable).filter(Boolean)).toEqual([]);
  });

  it("loads a user's ES module pass from main.cjs with its code cache made and then used (Node 20 drops import() callbacks of cached code)", async () => {
    const dir = tempProject({
      'a.js': 'var a = 1;\nexport { a };\n',
      'pass.mjs': "export default { id: 'p', title: 'P', description: 'Changes nothing.', needs: 'syntax', visit() {} };\n",
    });
    const cache = join(dir, '.compile-cache');
    for (const round of ['made', 'used']) {
      const run = await cliAsync(dir, ['run', './pass.mjs', 'a.js', '--check', '--no-cache'], { CODEMORPH_COMPILE_CACHE: cache });
      expect(run.code, `${round}: ${run.stderr}`).toBe(0);
      expect(readdirSync(cache).some((name) => name.startsWith('main-')), round).toBe(true);
    }
  });

  it("shares CodemorphError and TypeScript with a user's pass that imports codemorph, on a worker and in-process", async () => {
    const dir = tempProject({
      'a.js': 'var a = 1;\n',
      'throws.mjs': `import { definePass, ts, UsageError } from 'codemorph';
export default definePass({
  id: 'throws-usage', title: 'Throws a usage error', description: 'Throws.', needs: 'syntax',
  visit(ctx) {
    if (ctx.ts !== ts) throw new Error('two copies of TypeScript');
    throw new UsageError('option x is wrong');
  },
});
`,
    });
    // As installed: the project's node_modules/codemorph is this package, exports and all.
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(REPO, join(dir, 'node_modules', 'codemorph'), 'dir');
    const runs = await Promise.all([
      cliAsync(dir, ['run', './throws.mjs', 'a.js', '--json']),
      cliAsync(dir, ['run', './throws.mjs', 'a.js', '--json', '--jobs', '1', '--file-timeout', '0']),
    ]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(2);
      const report = JSON.parse(run.stdout) as { files: { error?: unknown }[] };
      // `usage`, not `pass-threw`: the runner recognised the pass's UsageError as its own class.
      expect(report.files[0]!.error).toEqual({ kind: 'usage', message: 'option x is wrong', passId: 'throws-usage' });
    }
  });

  it('finds what it reads beside itself: the version (SARIF, the jscodeshift bin), the built-in generators', async () => {
    const dir = tempProject({ 'a.js': 'var a = 1;\nexport { a };\n' });
    const [sarif, generated, dropIn] = await Promise.all([
      cliAsync(dir, ['run', 'var-to-let-const', 'a.js', '--check', '--format', 'sarif']),
      cliAsync(dir, ['generate', 'pass', 'my-pass']),
      nodeAsync(join(REPO, 'bin', 'codemorph-jscodeshift.js'), ['--version'], { cwd: dir, env: process.env }),
    ]);
    expect(dropIn.stdout, dropIn.stderr).toContain(`codemorph: ${pkg.version}\n`);
    expect(sarif.code, sarif.stderr).toBe(1);
    expect((JSON.parse(sarif.stdout) as { runs: { tool: { driver: { version: string } } }[] }).runs[0]!.tool.driver.version).toBe(pkg.version);
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stdout).toContain('my-pass');
  });
});
