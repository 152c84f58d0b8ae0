import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ejs from 'ejs';
import { CodemorphError } from '../core/errors.js';
import type { OptionValues } from '../core/options.js';
import { nameHelpers, type NameHelper } from './names.js';
import type { VirtualTree } from './tree.js';

/** A template file's name loses this suffix (so `.ts` templates are not compiled or linted as code). */
const TEMPLATE_SUFFIX = '.template';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

function templateError(template: string, message: string): CodemorphError {
  return new CodemorphError('usage', `${template}: ${message}`, { path: template });
}

/**
 * `__name__` in a file or folder name becomes the option's value; `__name@dasherize__` applies a
 * name helper (dasherize, classify, camelize, underscore) first, as Angular schematics spell it.
 * Names that are not options are left alone.
 */
export function substitutePath(path: string, vars: OptionValues, template = path): string {
  const replaced = path.replace(/__([A-Za-z0-9_]+?)(?:@([a-z]+))?__/g, (_, key: string, helper?: string) => {
    const value = vars[key];
    // Not an option: a name such as `__testfixtures__` or `__init__.py` stays as written.
    if (value === undefined) return helper ? `__${key}@${helper}__` : `__${key}__`;
    if (helper && !(helper in nameHelpers)) throw templateError(template, `unknown name helper "@${helper}" (known: ${Object.keys(nameHelpers).join(', ')})`);
    return helper ? nameHelpers[helper as NameHelper](String(value)) : String(value);
  });
  const name = replaced.endsWith(TEMPLATE_SUFFIX) ? replaced.slice(0, -TEMPLATE_SUFFIX.length) : replaced;
  // An empty folder option (`__directory__/x` with directory "") must not make the path absolute.
  return name.replace(/^\/+/, '').replace(/\/{2,}/g, '/');
}

/** EJS with the options and the name helpers in scope. `<%= %>` inserts as is: this is code, not HTML. */
export function renderText(text: string, vars: OptionValues, template: string): string {
  try {
    return ejs.render(text, { ...nameHelpers, ...vars }, { escape: (value: unknown) => String(value), filename: template, async: false });
  } catch (error) {
    const lines = ((error as Error).message ?? String(error)).split('\n').filter((line) => line.trim() !== '');
    // EJS puts the file and line first and the cause last, with the source excerpt between.
    const at = /:(\d+)$/.exec(lines[0] ?? '');
    throw templateError(template, `${at ? `line ${at[1]}: ` : ''}${lines.at(-1) ?? 'template error'}`);
  }
}

export interface RenderOptions {
  /** Folder under the root the files land in (default: the root). */
  readonly into?: string;
  /** Replace files that exist (otherwise an existing file is refused, naming it). */
  readonly overwrite?: boolean;
}

/** Renders every file under `dir` (names and contents) into the tree; returns the paths written. */
export function renderTemplates(tree: VirtualTree, dir: string, vars: OptionValues, options: RenderOptions = {}): string[] {
  const written: string[] = [];
  const existing: string[] = [];
  for (const file of filesUnder(dir)) {
    const template = join(dir, file);
    const target = substitutePath(file, vars, template);
    const path = tree.normalize(options.into ? `${options.into.replace(/\/+$/, '')}/${target}` : target);
    // Every file in the way is named at once, not one per attempt.
    if (!options.overwrite && tree.exists(path)) {
      existing.push(path);
      continue;
    }
    tree.create(path, renderText(readFileSync(template, 'utf8'), vars, template), { overwrite: options.overwrite });
    written.push(path);
  }
  if (existing.length === 1) tree.create(existing[0]!, ''); // throws the usual one-file error
  if (existing.length > 1) {
    throw new CodemorphError('usage', `${existing.length} files already exist; not overwritten (the generator must ask to overwrite them): ${existing.join(', ')}`);
  }
  return written;
}
