// Proof on a real monorepo nobody here wrote: four packages of TanStack Query as published on npm
// (each tarball ships its TypeScript src/), laid out as they are in the TanStack/query repository
// (packages/<name>, npm workspaces, linked through node_modules/@tanstack/*, resolved to sources
// through the `@tanstack/custom-condition` export condition as the real repo does), with one
// tsconfig per package extending a shared base and referencing its dependencies. GitHub is not
// reachable from here, so the repository itself cannot be cloned; these are its published sources.
//
// Renames query-core's `timeoutManager` (used in query-core and by two persister packages), checks
// every location against TypeScript's language service (`findRenameLocations` over one program of
// all four packages), moves query-core's timeoutManager.ts into a folder, and runs the monorepo's
// own `tsc -b` after each step. Run by `npm run verify:refactor` (after rxjs), or alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const cache = join(repo, '.verify-cache');
const VERSION = '5.104.4';
const PACKAGES = {
  'query-core': [],
  'query-persist-client-core': ['query-core'],
  'query-sync-storage-persister': ['query-core', 'query-persist-client-core'],
  'query-async-storage-persister': ['query-core', 'query-persist-client-core'],
};
const RENAME = { symbol: 'packages/query-core/src/timeoutManager.ts#timeoutManager', from: 'timeoutManager', to: 'timerManager' };
const MOVE = { from: 'packages/query-core/src/timeoutManager.ts', to: 'packages/query-core/src/timers/' };
const source = join(cache, `tanstack-query-${VERSION}`);
const deps = join(cache, 'deps-monorepo');

// TanStack's root tsconfig.json, in short: strict with its extra checks, Bundler resolution with
// the custom condition that points each package's exports at its src/.
const BASE = {
  compilerOptions: {
    composite: true,
    emitDeclarationOnly: true,
    strict: true,
    noUncheckedIndexedAccess: true,
    noImplicitReturns: true,
    noFallthroughCasesInSwitch: true,
    target: 'ES2020',
    lib: ['DOM', 'DOM.Iterable', 'ES2022'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    customConditions: ['@tanstack/custom-condition'],
    skipLibCheck: true,
    types: ['node'],
  },
};

const sh = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

function fetchSources() {
  if (Object.keys(PACKAGES).every((name) => existsSync(join(source, name, 'src', 'index.ts')))) return;
  mkdirSync(source, { recursive: true });
  for (const name of Object.keys(PACKAGES)) {
    const tarball = sh('npm', ['pack', `@tanstack/${name}@${VERSION}`, '--silent', '--pack-destination', cache]).trim().split('\n').pop();
    mkdirSync(join(source, name), { recursive: true });
    sh('tar', ['xzf', join(cache, tarball), '-C', join(source, name), '--strip-components=1']);
  }
  // Its sources read `process.env.NODE_ENV`: the repository type-checks with @types/node.
  if (!existsSync(join(deps, 'node_modules', '@types', 'node'))) {
    mkdirSync(deps, { recursive: true });
    sh('npm', ['install', '--prefix', deps, '--no-audit', '--no-fund', '@types/node@22']);
  }
}

function layout(name) {
  const work = join(cache, `work-monorepo-${name}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules', '@tanstack'), { recursive: true });
  mkdirSync(join(work, 'node_modules', '@types'), { recursive: true });
  symlinkSync(join(deps, 'node_modules', '@types', 'node'), join(work, 'node_modules', '@types', 'node'), 'dir');
  writeFileSync(join(work, 'package.json'), json({ name: 'tanstack-query-subset', private: true, workspaces: ['packages/*'] }));
  writeFileSync(join(work, 'tsconfig.base.json'), json(BASE));
  writeFileSync(join(work, 'tsconfig.json'), json({ files: [], references: Object.keys(PACKAGES).map((pkg) => ({ path: `packages/${pkg}` })) }));
  for (const [pkg, uses] of Object.entries(PACKAGES)) {
    const dir = join(work, 'packages', pkg);
    cpSync(join(source, pkg), dir, { recursive: true });
    const config = { extends: '../../tsconfig.base.json', compilerOptions: { rootDir: 'src', outDir: 'build/verify' }, include: ['src'], references: uses.map((dep) => ({ path: `../${dep}` })) };
    writeFileSync(join(dir, 'tsconfig.json'), json(config));
    symlinkSync(`../../packages/${pkg}`, join(work, 'node_modules', '@tanstack', pkg), 'dir');
  }
  return work;
}

/** The monorepo's own type-check: `tsc -b` over the solution; '' when clean. */
function build(work) {
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', '--pretty', 'false'], { cwd: work, encoding: 'utf8' });
  // The build's declarations would be files of the next codemorph run (they are in no project).
  for (const pkg of Object.keys(PACKAGES)) {
    rmSync(join(work, 'packages', pkg, 'build'), { recursive: true, force: true });
    rmSync(join(work, 'packages', pkg, 'tsconfig.tsbuildinfo'), { force: true });
  }
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`.trim();
}

function sources(work) {
  const files = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'build') walk(path);
      else if (entry.isFile() && path.endsWith('.ts')) files.set(relative(work, path), readFileSync(path, 'utf8'));
    }
  };
  for (const pkg of Object.keys(PACKAGES)) walk(join(work, 'packages', pkg, 'src'));
  return files;
}

/**
 * What TypeScript's language service renames: one program over all four packages (the links and
 * the custom condition resolve every import to sources), `findRenameLocations` at the declaration,
 * with prefix/suffix text off so it follows re-exports into the consumers as codemorph does.
 * Returns each file's text with those locations renamed.
 */
async function languageServiceRename(work, files) {
  const { ts } = await import(join(repo, 'dist/src/core/parse.js'));
  const base = ts.parseJsonConfigFileContent({ ...BASE, compilerOptions: { ...BASE.compilerOptions, composite: false, emitDeclarationOnly: false, noEmit: true } }, ts.sys, work);
  const names = [...files.keys()].map((path) => join(work, path));
  const host = {
    getScriptFileNames: () => names,
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => (existsSync(name) ? ts.ScriptSnapshot.fromString(readFileSync(name, 'utf8')) : undefined),
    getCurrentDirectory: () => work,
    getCompilationSettings: () => base.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host);
  const declaration = join(work, RENAME.symbol.split('#')[0]);
  const text = readFileSync(declaration, 'utf8');
  const at = text.indexOf(`export const ${RENAME.from}`) + 'export const '.length;
  const locations = service.findRenameLocations(declaration, at, false, false, { providePrefixAndSuffixTextForRename: false }) ?? [];
  const expected = new Map(files);
  const byFile = new Map();
  for (const location of locations) {
    const path = relative(work, realpathSync(location.fileName));
    byFile.set(path, [...(byFile.get(path) ?? []), location.textSpan]);
  }
  for (const [path, spans] of byFile) {
    let next = files.get(path);
    for (const span of [...spans].sort((a, b) => b.start - a.start)) next = next.slice(0, span.start) + RENAME.to + next.slice(span.start + span.length);
    expected.set(path, next);
  }
  return { expected, locations: locations.length, files: byFile.size, packages: new Set([...byFile.keys()].map((path) => path.split('/')[1])).size };
}

function codemorph(work, pass, options) {
  const args = [join(repo, 'bin', 'codemorph.cjs'), 'run', pass, '--write', '--allow-dirty', '--no-gitignore', '--no-progress', '--no-color'];
  for (const [key, value] of Object.entries(options)) args.push('--option', `${key}=${value}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`codemorph ${pass} exited ${result.status}:\n${result.stderr}`);
  const summary = result.stderr.trim().split('\n').slice(-2).join('; ').replace(/^codemorph: /, '');
  return { seconds, summary };
}

export async function verifyMonorepo() {
  if (!existsSync(join(repo, 'dist/src/core/parse.js'))) sh('npm', ['run', 'build'], { cwd: repo });
  fetchSources();
  const work = layout('codemorph');
  const before = sources(work);
  const lines = [...before.values()].reduce((sum, text) => sum + text.split('\n').length, 0);
  console.log(`TanStack Query ${VERSION} (${Object.keys(PACKAGES).length} packages from npm, ${before.size} files, ${lines} lines), solution tsconfig + references, workspace links`);
  const baseline = build(work);
  console.log(`  baseline tsc -b: ${baseline ? `FAILS\n${baseline}` : 'clean'}`);
  if (baseline) throw new Error('baseline does not build');

  const service = await languageServiceRename(work, before);
  const rename = codemorph(work, 'rename', { symbol: RENAME.symbol, to: RENAME.to });
  const after = sources(work);
  const differing = [...service.expected].filter(([path, text]) => after.get(path) !== text).map(([path]) => path);
  console.log(`rename ${RENAME.symbol} -> ${RENAME.to}`);
  console.log(`  language service: ${service.locations} locations in ${service.files} files of ${service.packages} packages`);
  console.log(`  codemorph: ${rename.summary} (${rename.seconds.toFixed(1)} s wall)`);
  console.log(`  same text as the language service's edits in every file: ${differing.length === 0 ? 'yes' : `NO: ${differing.join(', ')}`}`);
  const afterRename = build(work);
  console.log(`  tsc -b after: ${afterRename ? `FAILS\n${afterRename}` : 'clean'}`);

  const move = codemorph(work, 'move', MOVE);
  console.log(`move ${MOVE.from} -> ${MOVE.to}`);
  console.log(`  codemorph: ${move.summary} (${move.seconds.toFixed(1)} s wall)`);
  const afterMove = build(work);
  console.log(`  tsc -b after: ${afterMove ? `FAILS\n${afterMove}` : 'clean'}`);
  if (differing.length > 0 || afterRename || afterMove) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  verifyMonorepo().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
