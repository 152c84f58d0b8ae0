import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ts as TS } from 'ts-morph';
import { jsonProperty, jsonStringLeaves } from '../shared/json.js';
import type { TextEdit } from '../shared/text-edit.js';
import { movedOutput, outputLayout, type OutputLayout } from './outputs.js';
import { movedPath, movedWrittenPath, type MovePlan } from './plan.js';

/** A path written in a config file, and the folders it is relative to before and after the move. */
interface PathSite {
  readonly literal: TS.StringLiteral;
  readonly base: string;
  readonly newBase: string;
  /** A package's build layout: its `./dist/...` targets follow their moved sources. */
  readonly layout?: OutputLayout;
}


const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.codemorph']);
const CONFIG_NAME = /^(tsconfig.*|jsconfig)\.json$|^package\.json$/;

/** Every tsconfig*.json, jsconfig.json and package.json under `root` (not in node_modules). */
export function configFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(join(dir, entry.name));
      else if (entry.isFile() && CONFIG_NAME.test(entry.name)) found.push(join(dir, entry.name));
    }
  };
  walk(root);
  return found.sort();
}

const GLOB = /[*?]/;

/** `rel` written the way `original` was: `./` kept, `/` at the end kept. */
function written(original: string, base: string, absolute: string): string {
  let rel = relative(base, absolute).split('\\').join('/');
  if (rel === '') rel = '.';
  if (original.startsWith('./') && !rel.startsWith('../') && rel !== '.') rel = `./${rel}`;
  if (original.endsWith('/') && !rel.endsWith('/')) rel += '/';
  return rel;
}

/**
 * The value a config path takes after the move. A glob or `*` pattern (`include`, `paths`,
 * `exports` subpath patterns) follows its folder when that folder moves; a plain path follows
 * the file or folder it names, keeping how it was written (extensionless, `.js` for `.ts`).
 */
export function movedConfigPath(plan: MovePlan, value: string, base: string, newBase: string, layout?: OutputLayout): string {
  const output = (path: string): string | undefined => (layout ? movedOutput(plan, layout, path) : undefined);
  const glob = GLOB.exec(value);
  if (glob) {
    const folderPart = value.slice(0, value.lastIndexOf('/', glob.index) + 1);
    const folder = resolve(base, folderPart || '.');
    const target = movedPath(plan, folder) ?? output(folder) ?? folder;
    if (target === folder && base === newBase) return value;
    const rest = value.slice(folderPart.length);
    if (!folderPart) return target === newBase ? value : `${written('./', newBase, target)}/${rest}`;
    return written(folderPart, newBase, target).replace(/\/?$/, '/') + rest;
  }
  const absolute = resolve(base, value);
  const isFolder = existsSync(absolute) && statSync(absolute).isDirectory();
  const target = (isFolder ? movedPath(plan, absolute) : movedWrittenPath(plan, value, absolute)) ?? output(absolute) ?? absolute;
  if (target === absolute && base === newBase) return value;
  return written(value, newBase, target);
}

/** The string literals of a value that is a string or an array of strings. */
function strings(node: TS.Node | undefined, ts: typeof TS): TS.StringLiteral[] {
  if (!node) return [];
  if (ts.isStringLiteral(node)) return [node];
  if (ts.isArrayLiteralExpression(node)) return node.elements.filter((element): element is TS.StringLiteral => ts.isStringLiteral(element));
  return [];
}

const relativeOnly = (literal: TS.StringLiteral): boolean => literal.text.startsWith('.');

function tsconfigSites(root: TS.Expression | undefined, dir: string, newDir: string, plan: MovePlan, ts: typeof TS): PathSite[] {
  const at = (literal: TS.StringLiteral): PathSite => ({ literal, base: dir, newBase: newDir });
  const options = jsonProperty(ts, root, 'compilerOptions');
  const references = jsonProperty(ts, root, 'references');
  const sites = [
    ...strings(jsonProperty(ts, root, 'extends'), ts).filter(relativeOnly),
    ...(references && ts.isArrayLiteralExpression(references) ? references.elements.flatMap((reference) => strings(jsonProperty(ts, reference, 'path'), ts)) : []),
    ...['files', 'include', 'exclude'].flatMap((name) => strings(jsonProperty(ts, root, name), ts)),
    ...['rootDir', 'baseUrl'].flatMap((name) => strings(jsonProperty(ts, options, name), ts)),
  ].map(at);
  // `paths` are relative to `baseUrl` when the same file sets one, else to the file's folder.
  const baseUrl = strings(jsonProperty(ts, options, 'baseUrl'), ts)[0]?.text;
  const pathsBase = baseUrl ? resolve(dir, baseUrl) : dir;
  const newPathsBase = baseUrl ? (movedPath(plan, pathsBase) ?? pathsBase) : newDir;
  for (const literal of jsonStringLeaves(ts, jsonProperty(ts, options, 'paths'))) sites.push({ literal, base: pathsBase, newBase: newPathsBase });
  return sites;
}

const PACKAGE_FIELDS = ['main', 'types', 'typings', 'module', 'bin', 'typesVersions'];
const PACKAGE_MAPS = ['exports', 'imports', 'browser'];

function packageSites(root: TS.Expression | undefined, dir: string, newDir: string, ts: typeof TS): PathSite[] {
  const layout = outputLayout(ts, dir);
  const literals = [
    ...PACKAGE_FIELDS.flatMap((name) => jsonStringLeaves(ts, jsonProperty(ts, root, name))),
    // Only relative targets: `imports` may map to another package's name.
    ...PACKAGE_MAPS.flatMap((name) => jsonStringLeaves(ts, jsonProperty(ts, root, name)).filter(relativeOnly)),
  ];
  return literals.map((literal) => ({ literal, base: dir, newBase: newDir, ...(layout ? { layout } : {}) }));
}

/**
 * The edits that keep one config file's paths pointing at what moved: tsconfig `extends`,
 * `references`, `files`/`include`/`exclude`, `rootDir`, `baseUrl`, `paths`; package.json `main`,
 * `types`, `module`, `browser`, `bin`, and every target of `exports`, `imports`, `typesVersions`.
 * A config that moves itself (a whole package folder) keeps its paths valid from its new place.
 */
export function configEdits(ts: typeof TS, path: string, plan: MovePlan): TextEdit[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.parseJsonText(path, text);
  const root = file.statements[0]?.expression;
  const dir = dirname(path);
  const newDir = dirname(movedPath(plan, path) ?? path);
  const sites = basename(path) === 'package.json' ? packageSites(root, dir, newDir, ts) : tsconfigSites(root, dir, newDir, plan, ts);
  const edits: TextEdit[] = [];
  for (const { literal, base, newBase, layout } of sites) {
    const value = literal.text;
    if (value === '' || value.startsWith('/') || /^[a-z]+:/i.test(value)) continue;
    const next = movedConfigPath(plan, value, base, newBase, layout);
    if (next === value) continue;
    edits.push({ start: literal.getStart(file) + 1, end: literal.getEnd() - 1, text: JSON.stringify(next).slice(1, -1) });
  }
  return edits;
}
