import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ts } from 'ts-morph';
import { REPO } from './cli-helpers.js';

/**
 * Support for test/package.test.ts: the package as `npm pack` makes it, unpacked into a consumer
 * project whose dependencies are links to this repo's installed ones (the versions the lock file
 * pins). No registry, no network, a second or two: `npm install` of the tarball would resolve
 * every dependency range again, which needs the registry's metadata (a fresh CI machine's cache
 * has only the tarballs `npm ci` fetched) and takes 10-20 s on two cores.
 */

export interface Packed {
  /** The tarball's files, relative to the package root. */
  readonly files: readonly string[];
  readonly tarball: string;
}

/** `npm pack` of the built tree (dist/ as `npm test` just built it: no prepare script run). */
export function pack(): Packed {
  const dir = mkdtempSync(join(tmpdir(), 'cm-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: REPO,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  return { files: info!.files.map((file) => file.path).sort(), tarball: join(dir, info!.filename) };
}

/** Markdown code blocks of a doc, in order, with their language. */
export function codeBlocks(doc: string): { lang: string; code: string }[] {
  const text = readFileSync(join(REPO, doc), 'utf8');
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ lang: match[1]!, code: match[2]! }));
}

/**
 * A consumer project with the tarball unpacked as node_modules/codemorph, its declared
 * dependencies (and what a pass author adds: vitest, @types/node) linked, and `files` written.
 * Only declared dependencies are reachable from the package, so one it imports without declaring
 * fails here as it would for a user.
 */
export function consumerProject(tarball: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cm-consumer-'));
  const pkg = join(root, 'node_modules', 'codemorph');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of [...Object.keys(manifest.dependencies), 'vitest', '@types/node']) {
    const link = join(root, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(REPO, 'node_modules', name), link, 'dir');
  }
  const all: Record<string, string> = { 'package.json': '{ "name": "consumer", "private": true, "type": "module" }\n', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A consumer tsconfig: strict, declarations of dependencies checked too. */
export function tsconfig(compilerOptions: Record<string, unknown>, include: readonly string[]): string {
  const base = { strict: true, skipLibCheck: false, noEmit: true, target: 'es2022', lib: ['es2022'], types: ['node'] };
  return `${JSON.stringify({ compilerOptions: { ...base, ...compilerOptions }, include }, null, 2)}\n`;
}

/** The native TypeScript 7 compiler (this repo's `tsc`) on one consumer tsconfig: its output. */
export function nativeTsc(cwd: string, project: string): { code: number; output: string } {
  const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd, encoding: 'utf8' });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/**
 * TypeScript 6's compiler API, from API Extractor's own dependency: the same 6.x API codemorph
 * parses with (ts-morph bundles 6.0 without its lib files, which a full program needs).
 */
const ts6 = createRequire(createRequire(import.meta.url).resolve('@microsoft/api-extractor/package.json'))('typescript') as typeof ts;

export const TS6_VERSION = ts6.version;

function programOf(cwd: string, project: string): { config: ts.ParsedCommandLine; program: ts.Program } {
  const config = ts6.getParsedCommandLineOfConfigFile(join(cwd, project), {}, {
    ...ts6.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts6.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`${project}: not read`);
  return { config, program: ts6.createProgram({ rootNames: config.fileNames, options: config.options }) };
}

/** The package's declaration files the compiler reads for a consumer project, relative to the package. */
export function declarationsRead(cwd: string, project: string): string[] {
  const marker = '/node_modules/codemorph/';
  return programOf(cwd, project)
    .program.getSourceFiles()
    .map((file) => file.fileName)
    .filter((name) => name.includes(marker))
    .map((name) => name.slice(name.indexOf(marker) + marker.length));
}

/**
 * Type-checks one consumer tsconfig with TypeScript 6, reporting problems in the consumer's files
 * and codemorph's declarations only: the whole of ts-morph's and TypeScript's own declarations
 * is what the native tsc run checks, and checking it again here would cost ~10 s per variant.
 */
export function checkWithTs6(cwd: string, project: string): string[] {
  const { config, program } = programOf(cwd, project);
  const ours = program.getSourceFiles().filter((file) => !file.fileName.includes('/node_modules/') || file.fileName.includes('/node_modules/codemorph/'));
  const diagnostics = [
    ...config.errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...ours.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ];
  const host = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: () => cwd, getNewLine: () => '\n' };
  return diagnostics.map((diagnostic) => `${project}: ${ts6.formatDiagnostic(diagnostic, host).trim()}`);
}
