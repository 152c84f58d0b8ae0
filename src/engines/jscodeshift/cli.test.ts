import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync, tempProject } from '../../../test/cli-helpers.js';

// End to end: the real CLI (dist/, built by `npm test`) in a temp directory.
const project = tempProject;

interface JsonReport {
  summary: { changed: number; unchanged: number; skipped: number; failed: number; stats: Record<string, number>; passes: Record<string, number> };
  files: Array<{
    path: string;
    status: string;
    passes?: string[];
    hunks?: Array<{ passes: string[] }>;
    warnings: Array<{ passId: string; message: string }>;
    error?: { message: string };
  }>;
}

async function json(cwd: string, args: string[]): Promise<JsonReport> {
  const run = await cliAsync(cwd, [...args, '--json']);
  expect(run.stderr).not.toMatch(/Error:|TypeError/);
  return JSON.parse(run.stdout) as JsonReport;
}

// A real-world shaped transform: renames a function and its calls, counting with api.stats.
const RENAME_CJS = `
module.exports = function renameFetch(file, api, options) {
  const j = api.jscodeshift;
  const root = j(file.source);
  const from = options.from || 'fetchData';
  const to = options.to || 'loadData';
  const found = root.find(j.Identifier, { name: from });
  if (found.size() === 0) return null;
  found.forEach((path) => { path.node.name = to; });
  api.stats('renamed', found.size());
  api.report(from + ' -> ' + to);
  return root.toSource();
};
`;

const APP_JS = `var cache = {};
function fetchData(id) {
  return cache[id];
}
module.exports = { get: fetchData };
`;

// Each test has its own directory, and each spends its time in a child process: side by side,
// two CLIs use the two cores.
describe.concurrent('jscodeshift transforms through the CLI', () => {
  it('runs a CommonJS transform, with unknown --flags and --option reaching its options', async () => {
    const dir = project({ 'rename-fetch.cjs': RENAME_CJS, 'src/app.js': APP_JS, 'src/other.js': 'export const x = 1;\n' });
    const diff = await cliAsync(dir, ['run', './rename-fetch.cjs', 'src', '--to=getData']);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('+function getData(id) {');
    expect(diff.stdout).toContain('+module.exports = { get: getData };');
    expect(diff.stdout).not.toContain('other.js');

    const viaOption = await cliAsync(dir, ['run', './rename-fetch.cjs', 'src', '--option', 'to=readData', '--write']);
    expect(viaOption.code).toBe(0);
    expect(readFileSync(join(dir, 'src/app.js'), 'utf8')).toBe(APP_JS.replaceAll('fetchData', 'readData'));
  });

  it('reports api.stats totals and api.report messages in --json, under the file-name id', async () => {
    const dir = project({ 'renameFetch.cjs': RENAME_CJS, 'a.js': APP_JS, 'b.js': 'fetchData();\n' });
    const report = await json(dir, ['run', './renameFetch.cjs', 'a.js', 'b.js']);
    expect(report.summary.stats).toEqual({ renamed: 3 });
    expect(report.summary.passes).toEqual({ 'rename-fetch': 2 });
    const a = report.files.find((file) => file.path === 'a.js');
    expect(a?.warnings).toEqual([{ passId: 'rename-fetch', message: 'fetchData -> loadData' }]);
  });

  it('runs an ESM transform; .ts files default to the ts parser', async () => {
    const transform = `export default function (file, api) {
  const j = api.jscodeshift;
  return j(file.source)
    .find(j.TSTypeReference, { typeName: { name: 'Foo' } })
    .forEach((path) => { path.node.typeName.name = 'Bar'; })
    .toSource();
}
`;
    const dir = project({ 'foo-to-bar.mjs': transform, 'a.ts': 'const x: Foo = make<Foo>();\nlet y = x as Foo;\n' });
    expect((await cliAsync(dir, ['run', './foo-to-bar.mjs', 'a.ts', '--write'])).code).toBe(0);
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('const x: Bar = make<Bar>();\nlet y = x as Bar;\n');
  });

  it('runs a TypeScript transform file with an exported parser', async () => {
    const transform = `import type { API, FileInfo } from 'jscodeshift';
export const parser = 'tsx';
export default function transformer(file: FileInfo, api: API): string {
  const j = api.jscodeshift;
  const root = j(file.source);
  root.find(j.JSXIdentifier, { name: 'OldButton' }).forEach((path) => { path.node.name = 'Button'; });
  return root.toSource();
}
`;
    const dir = project({ 'button.ts': transform, 'view.tsx': 'const v = <OldButton size={1 as number}>hi</OldButton>;\n' });
    const run = await cliAsync(dir, ['run', './button.ts', 'view.tsx', '--write']);
    expect(run.stderr).toContain('1 changed');
    expect(readFileSync(join(dir, 'view.tsx'), 'utf8')).toBe('const v = <Button size={1 as number}>hi</Button>;\n');
  });

  it('awaits an async transform', async () => {
    const transform = `module.exports = async (file, api) => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const j = api.j;
  return j(file.source).find(j.Literal, { value: 'http://example.com' })
    .forEach((path) => { path.node.value = 'https://example.com'; }).toSource();
};
`;
    const dir = project({ 'https.cjs': transform, 'a.js': "const url = 'http://example.com';\n" });
    const report = await json(dir, ['run', './https.cjs', 'a.js']);
    expect(report.summary.changed).toBe(1);
    expect(report.files[0]?.hunks?.[0]?.passes).toEqual(['https']);
  });

  it('leaves files alone when the transform returns null or the same text', async () => {
    const dir = project({
      'noop.cjs': 'module.exports = (file) => (file.path.endsWith("a.js") ? null : file.source);\n',
      'a.js': 'var a = 1;\n',
      'b.js': 'var b = 2;\n',
    });
    const report = await json(dir, ['run', './noop.cjs', 'a.js', 'b.js']);
    // null is jscodeshift's "skip": reported apart from a transform that ran and changed nothing.
    expect(report.summary).toMatchObject({ changed: 0, unchanged: 1, skipped: 1, failed: 0 });
    expect(report.files).toEqual([{ path: 'a.js', status: 'skipped', reason: 'transform returned null', passes: ['noop'] }]);
  });

  it('fails the file (not the run) when a transform returns something that is not text', async () => {
    const dir = project({ 'bad.cjs': 'module.exports = () => 42;\n', 'a.js': 'var a = 1;\n' });
    const report = await json(dir, ['run', './bad.cjs', 'a.js']);
    expect(report.files[0]?.status).toBe('failed');
    expect(report.files[0]?.error?.message).toContain('returned number');
  });

  it('mixes jscodeshift and native passes in one recipe, attributing each hunk', async () => {
    const native = `export default {
  id: 'const-upper',
  title: 'Upper-case LIMIT constants',
  description: 'Renames the const "limit" to LIMIT.',
  visit(ctx) {
    const visit = (node) => {
      if (ctx.ts.isIdentifier(node) && node.text === 'limit') ctx.edits.replace(node, 'LIMIT');
      ctx.ts.forEachChild(node, visit);
    };
    visit(ctx.sourceFile);
  },
};
`;
    const quotes = `module.exports = (file, api) => {
  const j = api.jscodeshift;
  return j(file.source).find(j.Literal).filter((p) => typeof p.node.value === 'string')
    .forEach((p) => { p.node.value = p.node.value.toUpperCase(); }).toSource({ quote: 'single' });
};
`;
    const recipe = 'name: mixed\nsteps:\n  - ./rename-fetch.cjs\n  - ./const-upper.mjs\n  - path: ./shout.cjs\n';
    const input = 'const limit = 10;\nfunction fetchData() {\n  return limit;\n}\nconst label = "ok";\n';
    const dir = project({ 'rename-fetch.cjs': RENAME_CJS, 'const-upper.mjs': native, 'shout.cjs': quotes, 'recipe.yaml': recipe, 'a.js': input });
    const report = await json(dir, ['run', './recipe.yaml', 'a.js']);
    expect(report.files[0]?.passes).toEqual(['rename-fetch', 'const-upper', 'shout']);
    expect((await cliAsync(dir, ['run', './recipe.yaml', 'a.js', '--write'])).code).toBe(0);
    expect(readFileSync(join(dir, 'a.js'), 'utf8')).toBe(
      "const LIMIT = 10;\nfunction loadData() {\n  return LIMIT;\n}\nconst label = 'OK';\n",
    );
  });

  it('parses flow class fields with --parser flow (jscodeshift#450)', async () => {
    const transform = `module.exports = function (file, api) {
  const j = api.jscodeshift;
  return j(file.source).find(j.Identifier, { name: 'count' })
    .forEach((path) => { path.node.name = 'total'; }).toSource();
};
`;
    const input = '// @flow\nclass Counter {\n  count: number = 0;\n  static #seed: number = 1;\n  inc(): void {\n    this.count++;\n  }\n}\n';
    const dir = project({ 'count.cjs': transform, 'a.js': input });
    const run = await cliAsync(dir, ['run', './count.cjs', 'a.js', '--parser', 'flow', '--write']);
    expect(run.stderr).not.toContain('PropertyDefinition');
    expect(readFileSync(join(dir, 'a.js'), 'utf8')).toBe(input.replaceAll('count', 'total'));
  });

  it('loads the transform by path in worker threads (--jobs 2), and undo restores its writes', async () => {
    const files: Record<string, string> = { 'rename-fetch.cjs': RENAME_CJS };
    for (let i = 0; i < 8; i++) files[`src/m${i}.js`] = APP_JS.replace('cache', `cache${i}`);
    const dir = project(files);
    const report = await json(dir, ['run', './rename-fetch.cjs', 'src', '--jobs', '2']);
    expect(report.summary).toMatchObject({ changed: 8, failed: 0, stats: { renamed: 16 } });
    expect((await cliAsync(dir, ['run', './rename-fetch.cjs', 'src', '--jobs', '2', '--write'])).code).toBe(0);
    expect(readFileSync(join(dir, 'src/m3.js'), 'utf8')).toContain('function loadData(id)');
    expect((await cliAsync(dir, ['undo'])).code).toBe(0);
    expect(readFileSync(join(dir, 'src/m3.js'), 'utf8')).toBe(files['src/m3.js']);
  });

  it('hands --parser-config to the named parser', async () => {
    const transform = `module.exports = (file, api) => {
  const j = api.jscodeshift;
  return j(file.source).find(j.Identifier, { name: 'Red' }).forEach((p) => { p.node.name = 'Crimson'; }).toSource();
};
`;
    // A TypeScript non-null assertion in a .js file: babylon's default plugins (flow, jsx) refuse it.
    const config = JSON.stringify({ sourceType: 'module', tokens: true, plugins: ['typescript'] });
    const dir = project({ 'crimson.cjs': transform, 'babel.json': config, 'a.js': 'const Red = value!;\n' });
    const withoutConfig = await json(dir, ['run', './crimson.cjs', 'a.js', '--parser', 'babylon']);
    expect(withoutConfig.files[0]?.status).toBe('failed');
    const withConfig = await json(dir, ['run', './crimson.cjs', 'a.js', '--parser', 'babylon', '--parser-config', 'babel.json']);
    expect(withConfig.summary.changed).toBe(1);
  });

  it('loads babel-era transforms (ESM syntax in a CommonJS package, extensionless imports) quietly', async () => {
    const dir = project({
      'codemod/package.json': '{ "name": "old-codemod" }',
      'codemod/helpers.js': 'export const NEW_NAME = "loadData";\n',
      'codemod/transform.js': [
        "import { NEW_NAME } from './helpers';",
        'export default function (file, api) {',
        '  const j = api.jscodeshift;',
        "  return j(file.source).find(j.Identifier, { name: 'fetchData' }).forEach((p) => { p.node.name = NEW_NAME; }).toSource();",
        '}',
        '',
      ].join('\n'),
      'app.js': APP_JS,
    });
    const run = await cliAsync(dir, ['run', './codemod/transform.js', 'app.js']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+function loadData(id) {');
    expect(run.stderr).not.toContain('Warning');
  });

  it('--engine forces the kind of transform file and names the mismatch', async () => {
    const dir = project({ 'rename.cjs': RENAME_CJS, 'app.js': APP_JS });
    expect((await cliAsync(dir, ['run', './rename.cjs', 'app.js', '--engine', 'jscodeshift'])).stdout).toContain('+function loadData(id) {');
    const wrong = await cliAsync(dir, ['run', './rename.cjs', 'app.js', '--engine', 'codemorph']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('rename.cjs: not a transform (expected a codemorph pass, as --engine codemorph asks)');
  });

  it('refuses --parser values jscodeshift does not know', async () => {
    const dir = project({ 'noop.cjs': 'module.exports = () => null;\n', 'a.js': '1;\n' });
    const run = await cliAsync(dir, ['run', './noop.cjs', 'a.js', '--parser', 'espree']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('espree');
  });
});
