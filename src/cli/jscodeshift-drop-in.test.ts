import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, nodeAsync, REPO, tempProject } from '../../test/cli-helpers.js';

// `codemorph jscodeshift` against the real jscodeshift CLI (node_modules/jscodeshift/bin), on
// copies of the same tree with the same command line: same written files, same counts.

const STOCK = join(REPO, 'node_modules/jscodeshift/bin/jscodeshift.js');
const DROP_IN = join(REPO, 'bin/codemorph-jscodeshift.js');

const TRANSFORM = `module.exports = function (file, api, options) {
  const j = api.jscodeshift;
  if (file.source.includes('@skip')) return null;
  if (file.source.includes('@throw')) throw new Error('cannot handle this file');
  const root = j(file.source);
  root.find(j.Identifier, { name: options.from || 'fetchData' }).forEach((p) => {
    p.node.name = options.to || 'loadData';
    api.stats('renamed');
  });
  if (options.tag) api.report('tag ' + JSON.stringify(options.tag));
  return root.toSource({ quote: options.quote || 'double' });
};
`;

const TREE = {
  'codemods/rename.js': TRANSFORM,
  'ignore.txt': '# comment\ngenerated/\n',
  'src/a.js': "import { fetchData } from './api';\nfetchData('x');\n",
  'src/b.js': 'const other = 1;\n',
  'src/c.js': '// @skip\nfetchData();\n',
  'src/d.js': '// @throw\nfetchData();\n',
  'src/e.jsx': 'const el = <div onClick={fetchData} />;\n',
  'src/typed.ts': 'fetchData();\n',
  'src/notes.md': 'fetchData\n',
  'src/vendor/v.js': 'fetchData();\n',
  'src/generated/g.js': 'fetchData();\n',
  'lib/l.js': 'fetchData(1);\n',
};

interface Outcome {
  code: number;
  stdout: string;
  tree: Record<string, string>;
}

function readTree(dir: string, prefix = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === '.codemorph') continue;
    if (statSync(path).isDirectory()) Object.assign(out, readTree(path, prefix));
    else out[relative(prefix, path)] = readFileSync(path, 'utf8');
  }
  return out;
}

async function runIn(bin: string, args: readonly string[]): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-jsc-'));
  cpSync(tempProject(TREE), dir, { recursive: true });
  const result = await nodeAsync(bin, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.code, stdout: result.stdout, tree: readTree(dir) };
}

function counts(stdout: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const match of stdout.matchAll(/^(\d+) (errors|unmodified|skipped|ok)$/gm)) found[match[2]!] = Number(match[1]);
  for (const match of stdout.matchAll(/^(\w+): (\d+)$/gm)) found[`stats.${match[1]}`] = Number(match[2]);
  return found;
}

const COMMAND_LINES: string[][] = [
  ['-t', 'codemods/rename.js', 'src', 'lib', '--run-in-band'],
  ['--transform=codemods/rename.js', 'src', '--to', 'getData', '--tag', 'a b', '--quote=single', '--ignore-pattern', 'vendor', '--ignore-config', 'ignore.txt', '--extensions=js,ts', '--cpus=1'],
  ['-t', 'codemods/rename.js', '-d', '-p', 'src/a.js', 'src/b.js', 'src/c.js', 'src/notes.md', '--from', 'other', '--run-in-band', '--fail-on-error'],
  ['-t', 'codemods/rename.js', 'src', '--parser', 'tsx', '--run-in-band', '-s'],
  ['-t', 'codemods/rename.js', 'src/d.js', 'src/b.js', '--run-in-band', '--fail-on-error', '-v', '2'],
];

describe('codemorph jscodeshift: a drop-in for the jscodeshift CLI', () => {
  for (const args of COMMAND_LINES) {
    it(`writes the same files and counts as jscodeshift: ${args.join(' ')}`, async () => {
      // Each on its own copy of the tree, so the two CLIs run at once (each uses one core).
      const [stock, ours] = await Promise.all([runIn(STOCK, args), runIn(DROP_IN, args)]);
      expect(ours.tree).toEqual(stock.tree);
      expect(counts(ours.stdout)).toEqual(counts(stock.stdout));
      expect(ours.code).toBe(stock.code);
      if (args.includes('-p')) expect(ours.stdout).toContain('const loadData = 1;\n');
    }, 60_000);
  }

  it('prints jscodeshift\'s summary shape and journals the write for codemorph undo', () => {
    const dir = tempProject(TREE);
    const run = cli(dir, ['jscodeshift', '-t', 'codemods/rename.js', 'src/a.js', 'src/b.js', 'src/c.js', 'src/d.js']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Processing 4 files\.\.\. $/m);
    expect(run.stdout).toContain('All done. \nResults: \n1 errors\n1 unmodified\n1 skipped\n1 ok\n');
    expect(run.stdout).toMatch(/^Time elapsed: \d+\.\d{3}seconds $/m);
    expect(run.stdout).toContain(' ERR src/d.js Transformation error (cannot handle this file)');
    expect(readFileSync(join(dir, 'src/a.js'), 'utf8')).toContain('loadData(');
    expect(existsSync(join(dir, '.codemorph'))).toBe(true);
    expect(cli(dir, ['undo']).code).toBe(0);
    expect(readFileSync(join(dir, 'src/a.js'), 'utf8')).toBe(TREE['src/a.js']);
  });

  it('refuses a transform URL with one line, and reads paths from --stdin', () => {
    const dir = tempProject(TREE);
    const url = cli(dir, ['jscodeshift', '-t', 'https://example.com/t.js', 'src']);
    expect(url.code).toBe(2);
    expect(url.stderr.trim()).toBe('codemorph: -t https://example.com/t.js: transforms are never fetched from URLs; download it and pass the file path');
    const stdin = spawnSync(process.execPath, [DROP_IN, '-t', 'codemods/rename.js', '--stdin', '-d'], { cwd: dir, input: 'src/a.js\nlib/l.js\n', encoding: 'utf8' });
    expect(counts(stdin.stdout)).toMatchObject({ ok: 2 });
  });
});
