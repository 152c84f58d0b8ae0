import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, gitInit, REPO, tempProject } from './cli-helpers.js';

/** The built CLI in this process: for the cheap cases, where a process start would cost more than the case. */
async function inProcess(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = (await import(join(REPO, 'dist/src/cli/main.js'))) as typeof import('../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const io = { cwd, env: {}, stdout: (text: string) => void (stdout += text), stderr: (text: string) => void (stderr += text), stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const ROUTES = `import { Home } from './features/home/home.component.js';

export const routes = [
  { path: '/', component: Home },
];
`;
const BARREL = "export * from './home/home.component.js';\n";

/** A feature generator as a project keeps one: templates with placeholders in names, and AST edits. */
const FEATURE = {
  'tools/feature/schema.json': JSON.stringify({
    options: {
      name: { type: 'string', description: 'feature name', required: true },
      route: { type: 'string', description: 'its URL path', default: '/' },
    },
  }),
  'tools/feature/files/src/features/__name@dasherize__/__name@dasherize__.component.ts.template':
    'export class <%= classify(name) %>Component {\n  readonly route = <%= JSON.stringify(route) %>;\n}\n',
  'tools/feature/generator.ts': `
export default function feature(ctx) {
  const id = ctx.names.dasherize(ctx.options.name);
  const component = ctx.names.classify(ctx.options.name) + 'Component';
  ctx.addExport('src/features/index.ts', { from: './' + id + '/' + id + '.component.js' });
  ctx.addImport('src/routes.ts', { from: './features/' + id + '/' + id + '.component.js', named: [component] });
  ctx.insertIntoArray('src/routes.ts', { variable: 'routes' }, '{ path: ' + JSON.stringify(ctx.options.route) + ', component: ' + component + ' }');
}
`,
  'tools/broken/files/src/__name__.ts.template': 'export const <%= name %> = ;\n',
  'tools/tidy/generator.mjs': "export default (ctx) => { ctx.tree.rename('src/old-name.ts', 'src/lib/new-name.ts'); ctx.tree.delete('src/obsolete.ts'); };\n",
  'src/old-name.ts': 'export const kept = 1;\n',
  'src/obsolete.ts': 'export const gone = 1;\n',
  'codemorph.config.json': JSON.stringify({ generators: { feature: './tools/feature', broken: './tools/broken' } }),
  'src/routes.ts': ROUTES,
  'src/features/index.ts': BARREL,
  'src/features/home/home.component.ts': 'export class Home {}\n',
  // A package that ships a generator, found as acme-kit:service.
  'node_modules/acme-kit/package.json': JSON.stringify({ name: 'acme-kit', version: '1.0.0', codemorph: { generators: './generators.json' } }),
  'node_modules/acme-kit/generators.json': JSON.stringify({ generators: { service: { path: './gen/service', description: 'a service' } } }),
  'node_modules/acme-kit/gen/service/files/src/__name@dasherize__.service.ts.template': 'export class <%= classify(name) %>Service {}\n',
  '.gitignore': 'node_modules/\n',
  // The project's prettier, reduced to what --prettier uses: its config says single quotes.
  'node_modules/prettier/package.json': JSON.stringify({ name: 'prettier', version: '3.0.0', main: 'index.cjs' }),
  'node_modules/prettier/index.cjs': `
exports.getFileInfo = async (path) => ({ ignored: false, inferredParser: path.endsWith('.ts') ? 'typescript' : null });
exports.resolveConfig = async () => ({ singleQuote: true });
exports.format = async (text, options) => (options.singleQuote && options.filepath.endsWith('.ts') ? text.replaceAll('"', "'") : text);
`,
};

describe('codemorph generate', () => {
  it('dry run, --write, refusal to overwrite, undo; config, package and path generators; schema and parse errors', async () => {
    const dir = tempProject(FEATURE);
    temps.push(dir);
    gitInit(dir);

    const dry = await inProcess(dir, ['generate', 'feature', 'userProfile', '-o', 'route=/profile']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout.split('\n').filter((line) => /^[A-Z]+ /.test(line))).toEqual([
      'CREATE src/features/user-profile/user-profile.component.ts',
      'UPDATE src/features/index.ts',
      'UPDATE src/routes.ts',
    ]);
    expect(dry.stdout).toContain("+export * from './user-profile/user-profile.component.js';");
    expect(dry.stdout).toContain("+  { path: \"/profile\", component: UserProfileComponent },");
    expect(dry.stderr).toContain('codemorph: generator feature would create 1, update 2 (dry run; --write to apply)');
    expect(existsSync(join(dir, 'src/features/user-profile'))).toBe(false);

    const write = cli(dir, ['generate', 'feature', 'userProfile', '-o', 'route=/profile', '--write']);
    expect(write.code, write.stderr).toBe(0);
    expect(readFileSync(join(dir, 'src/features/user-profile/user-profile.component.ts'), 'utf8')).toBe(
      'export class UserProfileComponent {\n  readonly route = "/profile";\n}\n',
    );
    expect(readFileSync(join(dir, 'src/routes.ts'), 'utf8')).toBe(`import { Home } from './features/home/home.component.js';
import { UserProfileComponent } from './features/user-profile/user-profile.component.js';

export const routes = [
  { path: '/', component: Home },
  { path: "/profile", component: UserProfileComponent },
];
`);

    // The same again: the component exists, so nothing is written at all.
    const again = await inProcess(dir, ['generate', 'feature', 'userProfile', '--write']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^codemorph: src\/features\/user-profile\/user-profile\.component\.ts: already exists; not overwritten/m);

    const undo = await inProcess(dir, ['undo']);
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stdout.split('\n').sort()).toEqual(['', 'removed src/features/user-profile/user-profile.component.ts', 'restored src/features/index.ts', 'restored src/routes.ts']);
    expect(existsSync(join(dir, 'src/features/user-profile'))).toBe(false); // the file and the folder made for it
    expect(readFileSync(join(dir, 'src/routes.ts'), 'utf8')).toBe(ROUTES);
    expect(readFileSync(join(dir, 'src/features/index.ts'), 'utf8')).toBe(BARREL);

    // All or nothing: a full disk on the last file undoes the two written before it.
    const preload = pathToFileURL(join(REPO, 'test', 'faults', 'short-write.mjs')).href;
    const full = cli(dir, ['generate', 'feature', 'userProfile', '--write'], { NODE_OPTIONS: `--import ${preload}`, CM_FAULT_PATH: 'routes\\.ts\\.codemorph-' });
    expect(full.code).toBe(2);
    expect(full.stderr).toContain('src/routes.ts: not written: no space left on device');
    expect(full.stderr).toContain('codemorph: a file could not be written, so the 2 written before it were undone; nothing was changed');
    expect(existsSync(join(dir, 'src/features/user-profile'))).toBe(false);
    expect(readFileSync(join(dir, 'src/features/index.ts'), 'utf8')).toBe(BARREL);

    const fromPackage = await inProcess(dir, ['generate', 'acme-kit:service', 'billing']);
    expect(fromPackage.stdout).toContain('CREATE src/billing.service.ts');
    expect(fromPackage.stdout).toContain('+export class BillingService {}');
    const byPath = await inProcess(dir, ['generate', './node_modules/acme-kit/gen/service', 'orders', '--write', '--quiet']);
    expect(byPath.code, byPath.stderr).toBe(0);
    expect(readFileSync(join(dir, 'src/orders.service.ts'), 'utf8')).toBe('export class OrdersService {}\n');

    const formatted = await inProcess(dir, ['generate', 'feature', 'settings', '-o', 'route=/settings', '--prettier']);
    expect(formatted.stdout).toContain("+  readonly route = '/settings';"); // created: formatted
    expect(formatted.stdout).toContain('+  { path: "/settings", component: SettingsComponent },'); // updated: left as the helpers wrote it

    const tidy = await inProcess(dir, ['generate', './tools/tidy']);
    expect(tidy.stdout).toContain('RENAME src/old-name.ts -> src/lib/new-name.ts\ndiff --git a/src/old-name.ts b/src/lib/new-name.ts\nrename from src/old-name.ts');
    expect(tidy.stdout).toContain('DELETE src/obsolete.ts\ndiff --git a/src/obsolete.ts b/src/obsolete.ts\ndeleted file mode');
    expect((await inProcess(dir, ['generate', './tools/tidy', '--write', '-q'])).code).toBe(0);
    expect([existsSync(join(dir, 'src/old-name.ts')), existsSync(join(dir, 'src/obsolete.ts')), readFileSync(join(dir, 'src/lib/new-name.ts'), 'utf8')]).toEqual([false, false, 'export const kept = 1;\n']);
    expect((await inProcess(dir, ['undo'])).code).toBe(0);
    expect([readFileSync(join(dir, 'src/old-name.ts'), 'utf8'), readFileSync(join(dir, 'src/obsolete.ts'), 'utf8'), existsSync(join(dir, 'src/lib'))]).toEqual(['export const kept = 1;\n', 'export const gone = 1;\n', false]);

    const recipe = await inProcess(dir, ['generate', 'recipe', 'Tidy Up', '-o', 'steps=var-to-let-const,./passes/x.ts']);
    expect(recipe.stdout).toContain('CREATE recipes/tidy-up.yaml');
    expect(recipe.stdout).toContain('+name: tidy-up\n+description: "TODO: what this recipe is for"\n+steps:\n+  - var-to-let-const\n+  - ./passes/x.ts\n');

    const missing = await inProcess(dir, ['generate', 'feature']);
    expect([missing.code, missing.stderr]).toEqual([2, 'codemorph: generator feature: option "name" is required\n']);
    const unknown = await inProcess(dir, ['generate', 'feature', 'x', '-o', 'colour=red']);
    expect(unknown.stderr).toBe('codemorph: generator feature: unknown option "colour" (known: name, route)\n');
    const broken = await inProcess(dir, ['generate', 'broken', 'x', '--write']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('src/x.ts: generator broken: output does not parse: 1:18 Expression expected.');
    expect(broken.stderr).toContain('nothing was written');
    expect(existsSync(join(dir, 'src/x.ts'))).toBe(false);
    expect((await inProcess(dir, ['generate', 'nope'])).stderr).toBe(
      'codemorph: unknown generator "nope" (known: pass, rule, recipe, feature, broken; or a folder path, or package:name)\n',
    );
  });

  it('the built-in pass and rule generators give tests that pass under vitest as generated', async () => {
    const dir = tempProject({ 'package.json': JSON.stringify({ name: 'app', type: 'module' }), 'codemods/index.ts': '' });
    temps.push(dir);
    mkdirSync(join(dir, 'node_modules'));
    // As installed: codemorph and vitest resolvable from the project.
    symlinkSync(REPO, join(dir, 'node_modules', 'codemorph'));
    symlinkSync(join(REPO, 'node_modules', 'vitest'), join(dir, 'node_modules', 'vitest'));
    expect((await inProcess(dir, ['generate', 'pass', 'my-pass', '--prettier'])).stderr).toBe(
      'codemorph: --prettier: this project has no prettier installed (npm install --save-dev prettier)\n',
    );
    expect(cli(dir, ['generate', 'pass', 'my-pass', '--write']).code).toBe(0);
    expect((await inProcess(dir, ['generate', 'rule', 'no-legacy', '-o', 'pattern=legacy($A)', '-o', 'rewrite=modern($A)', '--write'])).code).toBe(0);
    expect(readFileSync(join(dir, 'codemods/index.ts'), 'utf8')).toBe("export { default as myPass } from './my-pass/my-pass.js';\n");
    // One worker, modules shared between the two files: the same tests, a third less CPU on a 2-core CI.
    const vitest = spawnSync(process.execPath, [join(REPO, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=dot', '--maxWorkers=1', '--no-isolate'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '' } });
    expect(vitest.status, vitest.stdout + vitest.stderr).toBe(0);
    expect(vitest.stdout).toMatch(/Test Files\s+2 passed/);
    // And they type-check under strict settings (the pass's typed options once did not fit the harness).
    symlinkSync(join(REPO, 'node_modules', '@types'), join(dir, 'node_modules', '@types'));
    const compilerOptions = { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: true, types: ['node'] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['codemods', 'rules'] }));
    const tsc = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
  });
});
