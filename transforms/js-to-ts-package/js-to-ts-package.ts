import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ts as TS } from 'ts-morph';
import { definePass, type ProjectContext } from '../../src/core/pass.js';
import { jsonProperty, jsonStringLeaves } from '../shared/json.js';
import { typescriptPath } from '../js-to-ts-rename/js-to-ts-rename.js';

/** package.json fields that name files Node (or a bundler) loads: after the migration, compiled ones. */
const ENTRY_FIELDS = ['main', 'module', 'bin', 'exports'];

const COMPILED_EXTENSION: Record<string, string> = { '.ts': '.js', '.tsx': '.js', '.mts': '.mjs', '.cts': '.cjs' };

/**
 * The folder tsc mirrors under outDir: `rootDir` when set, else what tsc computes, the longest
 * common folder of the files it emits (not declarations, not node_modules).
 */
function sourceRoot(program: TS.Program, options: TS.CompilerOptions): string | undefined {
  if (options.rootDir) return options.rootDir;
  const folders = program
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile && !program.isSourceFileFromExternalLibrary(file) && !/[\\/]node_modules[\\/]/.test(file.fileName))
    .map((file) => dirname(file.fileName).split('/'));
  if (folders.length === 0) return undefined;
  const common = folders.reduce((prefix, parts) => {
    let index = 0;
    while (index < prefix.length && prefix[index] === parts[index]) index++;
    return prefix.slice(0, index);
  });
  return common.join('/') || '/';
}

interface Layout {
  readonly packageDir: string;
  readonly outDir: string;
  readonly rootDir: string;
  /** Whether the project holds this file (a renamed source: its TypeScript name is there and its JavaScript name is not). */
  has(path: string): boolean;
}

/** The compiled file an entry names, written as the entry was (`./`, extension or not); undefined when it names no renamed source. */
export function compiledEntry(value: string, layout: Layout): string | undefined {
  if (!value.startsWith('./') && (value.startsWith('.') || value.startsWith('/') || /^[a-z]+:/i.test(value))) return undefined;
  const absolute = resolve(layout.packageDir, value);
  const explicit = /\.[cm]?jsx?$/.test(value);
  // An extensionless entry (`"main": "lib/index"`) is what Node resolves it to: a .js file, or a folder's index.js.
  const candidates = explicit ? [{ js: absolute, strip: '' }] : [{ js: `${absolute}.js`, strip: '.js' }, { js: join(absolute, 'index.js'), strip: '/index.js' }];
  for (const { js, strip } of candidates) {
    if (layout.has(js)) return undefined; // still JavaScript: it is what gets loaded
    const source = [typescriptPath(js, false), typescriptPath(js, true)].find((path) => path !== undefined && layout.has(path));
    if (!source) continue;
    const inOut = relative(layout.rootDir, source);
    if (inOut.startsWith('..')) return undefined; // outside what tsc emits
    const compiled = join(layout.outDir, inOut).replace(/\.[cm]?tsx?$/, (extension) => COMPILED_EXTENSION[extension]!);
    let written = relative(layout.packageDir, compiled).split('\\').join('/');
    if (written.startsWith('..')) return undefined; // compiled outside the package: not publishable from here
    if (strip && written.endsWith(strip)) written = written.slice(0, -strip.length);
    return value.startsWith('./') ? `./${written}` : written;
  }
  return undefined;
}

function layoutOf(ctx: ProjectContext, packageDir: string): Layout | undefined {
  const options = ctx.program.getCompilerOptions();
  if (options.noEmit || !options.outDir) return undefined; // nothing compiled, or compiled next to the sources
  const rootDir = sourceRoot(ctx.program, options);
  if (!rootDir) return undefined;
  const has = (path: string): boolean => {
    const file = ctx.project.getSourceFile(path);
    return file !== undefined && !file.isDeclarationFile();
  };
  return { packageDir, outDir: resolve(options.outDir), rootDir: resolve(rootDir), has };
}

export const pass = definePass({
  id: 'js-to-ts-package',
  title: "Point package.json's entry points at the compiled JavaScript",
  description:
    'Run after js-to-ts-rename and js-to-ts-tsconfig. An entry point of package.json ("main", "module", "bin", the targets of "exports") that names a JavaScript file the run renamed to TypeScript ' +
    'would name a file that no longer exists: it now names the file tsc writes for it under "outDir" ("main": "index.js" becomes "dist/index.js"), written as it was (with "./" or not, with or without the extension). ' +
    'Leaves entries that name files still JavaScript, files outside the compiled folder, other packages and URLs, and the whole file when the tsconfig has no "outDir" or sets "noEmit".',
  needs: 'types',
  version: '1',
  visitProject(ctx) {
    const manifest = join(ctx.root, 'package.json');
    if (!existsSync(manifest) || !ctx.owns(manifest)) return;
    const layout = layoutOf(ctx, ctx.root);
    if (!layout) return;
    const text = readFileSync(manifest, 'utf8');
    const json = ctx.ts.parseJsonText(manifest, text);
    const root = json.statements[0]?.expression;
    const sink = ctx.edits(manifest);
    for (const literal of ENTRY_FIELDS.flatMap((field) => jsonStringLeaves(ctx.ts, jsonProperty(ctx.ts, root, field)))) {
      const next = compiledEntry(literal.text, layout);
      if (next === undefined || next === literal.text) continue;
      sink.replaceRange(literal.getStart(json) + 1, literal.getEnd() - 1, JSON.stringify(next).slice(1, -1));
      ctx.stat('entry points');
    }
  },
});
