import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, git, gitInit, RENAME_PASS, tempProject } from '../../test/cli-helpers.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('codemorph run (dry run)', () => {
  it('prints a unified diff that git apply accepts, a summary on stderr, and changes nothing', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'src/a.ts': 'const foo = 1;\nexport { foo };\n', 'src/b.js': 'let x = 2;\n' });
    gitInit(dir);
    const run = cli(dir, ['run', './pass.mjs', 'src']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'diff --git a/src/a.ts b/src/a.ts\n--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1,2 +1,2 @@\n' +
        '-const foo = 1;\n-export { foo };\n+const bar = 1;\n+export { bar };\n',
    );
    expect(run.stderr).toMatch(/codemorph: 2 files scanned, 1 would change, 1 unchanged, 0 skipped, 0 failed in \d/);
    expect(readFileSync(join(dir, 'src/a.ts'), 'utf8')).toBe('const foo = 1;\nexport { foo };\n');
    writeFileSync(join(dir, 'out.patch'), run.stdout);
    git(dir, 'apply', '--check', 'out.patch');
  });

  it('reports a throwing pass in one line naming file and pass, keeps going, exits 2; --verbose adds the stack', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'foo; // THROW\n', 'b.ts': 'foo;\n' });
    const run = cli(dir, ['run', './pass.mjs', 'a.ts', 'b.ts']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a.ts: foo-to-bar: cannot handle THROW here\n');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toContain('+bar;');
    expect(cli(dir, ['run', './pass.mjs', 'a.ts', '--verbose']).stderr).toMatch(/\n\s+at /);
  });

  it('refuses output that does not parse and leaves the file untouched under --write', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'const foo = 1; // BREAK\n' });
    const run = cli(dir, ['run', './pass.mjs', 'a.ts', '--write']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/a\.ts: foo-to-bar: output does not parse: 1:\d+ /);
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('const foo = 1; // BREAK\n');
  });

  it('skips unparsable, binary and oversized files with the reason', () => {
    const dir = tempProject({
      'pass.mjs': RENAME_PASS,
      'bad.ts': 'let foo = (;\n',
      'bin.js': Buffer.from([0x66, 0x6f, 0x6f, 0x00, 0x01]),
      'big.ts': `const foo = "${'x'.repeat(5000)}";\n`,
      'ok.ts': 'foo;\n',
    });
    const run = cli(dir, ['run', './pass.mjs', 'bad.ts', 'bin.js', 'big.ts', 'ok.ts', '--max-file-size', '4000']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('bad.ts: skipped: cannot parse: 1:12 Expression expected.');
    expect(run.stderr).toContain('bin.js: skipped: binary file');
    expect(run.stderr).toMatch(/big\.ts: skipped: larger than --max-file-size \(\d+ > 4000 bytes\)/);
    expect(run.stderr).toContain('3 skipped');
  });

  it('respects .gitignore, always skips node_modules, and honours --ignore, --no-gitignore and --extensions', () => {
    const files = {
      'pass.mjs': RENAME_PASS,
      '.gitignore': 'generated/\n',
      'src/a.ts': 'foo;\n',
      'src/c.jsx': 'foo;\n',
      'generated/g.ts': 'foo;\n',
      'node_modules/m/index.js': 'foo;\n',
      'src/skip.test.ts': 'foo;\n',
    };
    const dir = tempProject(files);
    gitInit(dir);
    const changed = (args: string[]): string[] =>
      [...cli(dir, ['run', './pass.mjs', ...args, '--json']).stdout.matchAll(/"path": "([^"]+)"/g)].map((m) => m[1]!).sort();
    expect(changed(['.'])).toEqual(['pass.mjs', 'src/a.ts', 'src/c.jsx', 'src/skip.test.ts'].filter((p) => p !== 'pass.mjs'));
    expect(changed(['.', '--no-gitignore'])).toEqual(['generated/g.ts', 'src/a.ts', 'src/c.jsx', 'src/skip.test.ts']);
    expect(changed(['.', '--ignore', '**/*.test.ts'])).toEqual(['src/a.ts', 'src/c.jsx']);
    expect(changed(['.', '--extensions', 'jsx'])).toEqual(['src/c.jsx']);
    expect(changed(['src/**/*.ts'])).toEqual(['src/a.ts', 'src/skip.test.ts']);
  });
});

describe('codemorph run --write / --check / --json / --patch', () => {
  it('--check writes nothing and exits 1 when a file would change, 0 when none would', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'foo;\n', 'b.ts': 'ok;\n' });
    const dirty = cli(dir, ['run', './pass.mjs', 'a.ts', 'b.ts', '--check']);
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toBe('a.ts\n');
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('foo;\n');
    expect(cli(dir, ['run', './pass.mjs', 'b.ts', '--check']).code).toBe(0);
  });

  it('--json prints one report with per-file status, passes and attributed hunks', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'foo;\n', 'b.ts': 'foo; // THROW\n' });
    const run = cli(dir, ['run', './pass.mjs', '.', '--json']);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toMatchObject({ changed: 1, failed: 1 });
    const a = report.files.find((file: { path: string }) => file.path === 'a.ts');
    expect(a).toMatchObject({ status: 'changed', operation: 'edit', passes: ['foo-to-bar'] });
    expect(a.hunks[0]).toMatchObject({ oldStart: 1, passes: ['foo-to-bar'], lines: ['-foo;', '+bar;'] });
    const b = report.files.find((file: { path: string }) => file.path === 'b.ts');
    expect(b.error).toMatchObject({ kind: 'pass-threw', passId: 'foo-to-bar' });
  });

  it('--patch writes the same diff to a file', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'foo;\n' });
    const run = cli(dir, ['run', './pass.mjs', 'a.ts', '--patch', 'out.patch']);
    expect(readFileSync(join(dir, 'out.patch'), 'utf8')).toBe(run.stdout);
  });

  it('--write keeps CRLF, a BOM and the file mode; undo restores the bytes exactly', () => {
    const crlf = 'const foo = 1;\r\nconsole.log(foo);\r\n';
    const bom = '\uFEFFfoo();\n';
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'crlf.ts': crlf, 'bom.js': bom, 'exec.js': '#!/usr/bin/env node\nfoo();\n' });
    chmodSync(join(dir, 'exec.js'), 0o755);
    const run = cli(dir, ['run', './pass.mjs', '.', '--write']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'crlf.ts'), 'utf8')).toBe('const bar = 1;\r\nconsole.log(bar);\r\n');
    expect(readFileSync(join(dir, 'bom.js'), 'utf8')).toBe('\uFEFFbar();\n');
    expect(statSync(join(dir, 'exec.js')).mode & 0o777).toBe(0o755);
    const undo = cli(dir, ['undo']);
    expect(undo.code).toBe(0);
    expect(readFileSync(join(dir, 'crlf.ts'), 'utf8')).toBe(crlf);
    expect(readFileSync(join(dir, 'bom.js'), 'utf8')).toBe(bom);
    expect(cli(dir, ['undo']).code).toBe(2);
  });

  it('undo refuses, naming them, when files were edited since the run', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'foo;\n', 'b.ts': 'foo;\n' });
    cli(dir, ['run', './pass.mjs', 'a.ts', 'b.ts', '--write']);
    writeFileSync(join(dir, 'b.ts'), 'edited by hand;\n');
    const undo = cli(dir, ['undo']);
    expect(undo.code).toBe(2);
    expect(undo.stderr).toContain('cannot undo: edited since the last run: b.ts');
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('bar;\n');
  });

  it('--write refuses files with uncommitted git changes unless --allow-dirty', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'foo;\n', 'b.ts': 'foo;\n' });
    gitInit(dir);
    writeFileSync(join(dir, 'b.ts'), 'foo; foo;\n');
    const refused = cli(dir, ['run', './pass.mjs', 'a.ts', 'b.ts', '--write']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing to write: uncommitted changes in b.ts');
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('foo;\n');
    const allowed = cli(dir, ['run', './pass.mjs', 'a.ts', 'b.ts', '--write', '--allow-dirty']);
    expect(allowed.code).toBe(0);
    expect(readFileSync(join(dir, 'b.ts'), 'utf8')).toBe('bar; bar;\n');
    expect(git(dir, 'status', '--porcelain')).toContain('a.ts');
  });

  it('never writes through a symlink that leads outside the root', () => {
    const outside = tempProject({ 'victim.ts': 'foo;\n' });
    const dir = tempProject({ 'pass.mjs': RENAME_PASS });
    execFileSync('ln', ['-s', join(outside, 'victim.ts'), join(dir, 'link.ts')]);
    const run = cli(dir, ['run', './pass.mjs', 'link.ts', '--write']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/link\.ts: leads outside the project root/);
    expect(readFileSync(join(outside, 'victim.ts'), 'utf8')).toBe('foo;\n');
  });
});

describe('codemorph options, errors and help', () => {
  it('passes --option values to the pass and rejects bad ones with a usage error naming pass and option', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'foo;\n' });
    expect(cli(dir, ['run', './pass.mjs', 'a.ts', '--option', 'to=baz']).stdout).toContain('+baz;');
    expect(cli(dir, ['run', './pass.mjs', 'a.ts', '-o', 'foo-to-bar.to=qux']).stdout).toContain('+qux;');
    writeFileSync(join(dir, 'opts.json'), JSON.stringify({ 'foo-to-bar': { to: 'fromfile' } }));
    expect(cli(dir, ['run', './pass.mjs', 'a.ts', '--options', 'opts.json']).stdout).toContain('+fromfile;');
    const bad = cli(dir, ['run', './pass.mjs', 'a.ts', '--option', 'nope=1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('codemorph: unknown option "nope": no pass in this run declares it\n');
    const typo = cli(dir, ['run', './pass.mjs', 'a.ts', '--wirte']);
    expect(typo.code).toBe(2);
  });

  it('names a missing transform in one line and never fetches URLs', () => {
    const dir = tempProject({ 'a.ts': 'x;\n' });
    const missing = cli(dir, ['run', 'no-such-pass', '.']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('unknown transform "no-such-pass"');
    const url = cli(dir, ['run', 'https://example.com/t.js', '.']);
    expect(url.code).toBe(2);
    expect(url.stderr).toContain('never fetched from URLs');
  });

  it('prints --version, --help with exit codes, and lists built-in passes', () => {
    const dir = tempProject({});
    expect(cli(dir, ['--version']).stdout.trim()).toBe(pkg.version);
    const help = cli(dir, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    const runHelp = cli(dir, ['run', '--help']).stdout;
    for (const flag of ['--write', '--check', '--json', '--patch', '--no-color', '--ignore', '--extensions', '--option', '--options', '--max-rounds', '--allow-dirty', '--max-file-size', '--no-gitignore']) {
      expect(runHelp).toContain(flag);
    }
    expect(cli(dir, ['list']).code).toBe(0);
    // Every command in --help, though a command named first sets up only itself (src/cli/main.ts).
    for (const command of ['run', 'rewrite', 'search', 'review', 'list', 'undo', 'generate', 'migrate', 'projects', 'jscodeshift']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    const typo = cli(dir, ['rnu', 'var-to-let-const']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("unknown command 'rnu'");
    expect(typo.stderr).toContain('(Did you mean run?)');
  });

  it('keeps TypeScript and the command line compiled in CODEMORPH_COMPILE_CACHE: made by the first run (its worker threads too), used by the next, same output', () => {
    const dir = tempProject({ 'a.js': 'export var a = 1;\n', 'b.ts': 'export var b: number = 2;\n' });
    const cache = join(dir, '.cache');
    const env = { CODEMORPH_COMPILE_CACHE: cache };
    const first = cli(dir, ['run', 'var-to-let-const', 'a.js', 'b.ts', '--jobs', '2'], env);
    expect(first.code, first.stderr).toBe(0);
    const names = readdirSync(cache).sort();
    expect(names).toEqual([expect.stringMatching(/^main-.*\.cache$/), expect.stringMatching(/^typescript\.min-.*\.cache$/)]);
    const made = names.map((name) => statSync(join(cache, name)).mtimeMs);
    const again = cli(dir, ['run', 'var-to-let-const', 'a.js', 'b.ts', '--jobs', '2'], env);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stdout).toContain('+export const b: number = 2;');
    // Used, not made again.
    expect(readdirSync(cache).sort()).toEqual(names);
    expect(names.map((name) => statSync(join(cache, name)).mtimeMs)).toEqual(made);
  });

  it("a one-file check loads none of Node's modules it does not use: worker threads, child processes, fs promises, crypto", () => {
    const dir = tempProject({
      'a.js': 'export var a = 1;\n',
      // Node's own list of the internal modules it loaded, written as the process exits.
      // CommonJS, like the bin: an ES module preloaded would start Node's ES module loader, which reads with fs/promises.
      'loaded.cjs': "process.on('exit', () => require('node:fs').writeFileSync('loaded.txt', process.moduleLoadList.join('\\n')));\n",
    });
    const env = { CODEMORPH_COMPILE_CACHE: join(dir, '.cache'), NODE_OPTIONS: '--require=./loaded.cjs' };
    cli(dir, ['run', 'var-to-let-const', 'a.js', '--check', '--no-cache'], env); // makes the compile caches (a write names its thread)
    const check = cli(dir, ['run', 'var-to-let-const', 'a.js', '--check', '--no-cache'], env);
    expect(check.code, check.stderr).toBe(1);
    const loaded = readFileSync(join(dir, 'loaded.txt'), 'utf8').split('\n');
    expect(loaded).toContain('NativeModule vm'); // the list is Node's, and it names what the run loaded
    expect(loaded.filter((name) => /^NativeModule (worker_threads|child_process|(internal\/)?fs\/promises|crypto)$/.test(name))).toEqual([]);
  });

  it('a one-file check answered from its result cache loads no TypeScript', () => {
    const dir = tempProject({
      'a.js': 'export var a = 1;\n',
      'loaded.cjs': "process.on('exit', () => require('node:fs').writeFileSync('compiler.txt', String(Object.keys(require.cache).some((file) => /[\\\\/]typescript(\\.min\\.cjs|\\.js)$/.test(file)))));\n",
    });
    const env = { CODEMORPH_COMPILE_CACHE: join(dir, '.cache'), NODE_OPTIONS: '--require=./loaded.cjs' };
    const first = cli(dir, ['run', 'var-to-let-const', 'a.js', '--check'], env);
    expect(first.code, first.stderr).toBe(1);
    expect(readFileSync(join(dir, 'compiler.txt'), 'utf8')).toBe('true');
    const again = cli(dir, ['run', 'var-to-let-const', 'a.js', '--check'], env);
    expect(again.code, again.stderr).toBe(1);
    expect(again.stdout).toBe(first.stdout);
    expect(readFileSync(join(dir, 'compiler.txt'), 'utf8')).toBe('false');
  });

  it('loads the compiler from the file ts-morph installs under CODEMORPH_MINIFIED_TYPESCRIPT=0, with the same output', () => {
    const dir = tempProject({ 'a.js': 'export var a = 1;\n' });
    const cache = join(dir, '.cache');
    const minified = cli(dir, ['run', 'var-to-let-const', 'a.js'], { CODEMORPH_COMPILE_CACHE: cache });
    const original = cli(dir, ['run', 'var-to-let-const', 'a.js'], { CODEMORPH_COMPILE_CACHE: cache, CODEMORPH_MINIFIED_TYPESCRIPT: '0' });
    expect(original.code, original.stderr).toBe(0);
    expect(original.stdout).toBe(minified.stdout);
    expect(original.stdout).toContain('+export const a = 1;');
    const compilers = readdirSync(cache).filter((name) => name.startsWith('typescript')).sort();
    expect(compilers).toEqual([expect.stringMatching(/^typescript-\d.*\.cache$/), expect.stringMatching(/^typescript\.min-.*\.cache$/)]);
  });

  it('colours the diff only when asked by FORCE_COLOR and never under NO_COLOR, noting passes above hunks', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'foo;\n' });
    const colored = cli(dir, ['run', './pass.mjs', 'a.ts'], { FORCE_COLOR: '1' });
    expect(colored.stdout).toContain('\u001b[');
    expect(colored.stdout).toContain('# foo-to-bar');
    expect(cli(dir, ['run', './pass.mjs', 'a.ts'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(cli(dir, ['run', './pass.mjs', 'a.ts', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });
});
