import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, resolve } from 'node:path';
import { CodemorphError } from '../core/errors.js';
import type { ChangedFile } from '../core/result.js';

/** What the generator did to one path, in the order the paths were first touched. */
export type TreeChange =
  | { readonly kind: 'create'; readonly path: string; readonly text: string }
  | { readonly kind: 'update'; readonly path: string; readonly before: string; readonly text: string }
  | { readonly kind: 'delete'; readonly path: string; readonly before: string }
  | { readonly kind: 'rename'; readonly path: string; readonly from: string; readonly before: string; readonly text: string };

function treeError(path: string, message: string): CodemorphError {
  return new CodemorphError('usage', `${path}: ${message}`, { path });
}

/**
 * A view of the project with the generator's changes laid over it. Nothing touches the disk:
 * `changes()` turns the overlay into the create/edit/delete/move results the writer journals.
 * Paths are relative to the root with forward slashes; one that leaves the root is refused.
 * Single use: one tree per generator run.
 */
export class VirtualTree {
  /** Current text of each touched path; null: deleted (or renamed away). */
  private readonly overlay = new Map<string, string | null>();
  /** Renamed files that exist on disk: current path → path on disk. */
  private readonly origins = new Map<string, string>();

  constructor(readonly root: string) {}

  /** `a/./b`, `a\\b` → `a/b`; refuses absolute paths and paths that leave the root. */
  normalize(path: string): string {
    const slashed = path.split('\\').join('/');
    const normal = posix.normalize(slashed).replace(/\/$/, '');
    if (isAbsolute(path) || normal === '..' || normal.startsWith('../')) throw treeError(path, 'outside the project root');
    return normal === '.' ? '' : normal;
  }

  private onDisk(path: string): string | undefined {
    const absolute = join(this.root, path);
    if (!statSync(absolute, { throwIfNoEntry: false })?.isFile()) return undefined;
    const text = readFileSync(absolute, 'utf8');
    // The writer compares against the text without a BOM (and puts the BOM back).
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  read(path: string): string | undefined {
    const normal = this.normalize(path);
    if (this.overlay.has(normal)) return this.overlay.get(normal) ?? undefined;
    return this.onDisk(normal);
  }

  readOrThrow(path: string): string {
    const text = this.read(path);
    if (text === undefined) throw treeError(path, 'no such file');
    return text;
  }

  exists(path: string): boolean {
    return this.read(path) !== undefined;
  }

  /** A new file; refuses an existing one unless `overwrite` says the generator means to replace it. */
  create(path: string, text: string, { overwrite = false }: { overwrite?: boolean } = {}): void {
    const normal = this.normalize(path);
    if (this.exists(normal) && !overwrite) throw treeError(normal, 'already exists; not overwritten (the generator must ask to overwrite it)');
    this.overlay.set(normal, text);
  }

  /** Replaces the text of an existing file. */
  overwrite(path: string, text: string): void {
    const normal = this.normalize(path);
    if (!this.exists(normal)) throw treeError(normal, 'no such file to overwrite');
    this.overlay.set(normal, text);
  }

  delete(path: string): void {
    const normal = this.normalize(path);
    if (!this.exists(normal)) throw treeError(normal, 'no such file to delete');
    this.overlay.set(normal, null);
    this.origins.delete(normal);
  }

  rename(from: string, to: string): void {
    const source = this.normalize(from);
    const target = this.normalize(to);
    const text = this.readOrThrow(source);
    if (this.exists(target)) throw treeError(target, 'already exists; cannot rename onto it');
    const origin = this.origins.get(source) ?? (this.overlay.has(source) || this.onDisk(source) === undefined ? undefined : source);
    this.overlay.set(source, null);
    this.origins.delete(source);
    this.overlay.set(target, text);
    if (origin) this.origins.set(target, origin);
  }

  /** Names of the entries of a folder (files and folders), the generator's changes included. */
  list(dir = '.'): string[] {
    const normal = this.normalize(dir);
    const absolute = join(this.root, normal);
    const names = new Set(existsSync(absolute) && statSync(absolute).isDirectory() ? readdirSync(absolute) : []);
    const prefix = normal === '' ? '' : `${normal}/`;
    for (const [path, text] of this.overlay) {
      if (!path.startsWith(prefix)) continue;
      const [name, ...rest] = path.slice(prefix.length).split('/');
      if (text === null && rest.length === 0) names.delete(name!);
      else if (text !== null) names.add(name!);
    }
    return [...names].sort();
  }

  /** The overlay as changes, dropping writes that leave a file as it was. */
  changes(): TreeChange[] {
    const movedFrom = new Set(this.origins.values());
    const out: TreeChange[] = [];
    for (const [path, text] of this.overlay) {
      const origin = this.origins.get(path);
      if (text !== null && origin) {
        out.push({ kind: 'rename', path, from: origin, before: this.onDisk(origin)!, text });
        continue;
      }
      const before = this.onDisk(path);
      if (text === null) {
        if (before !== undefined && !movedFrom.has(path)) out.push({ kind: 'delete', path, before });
      } else if (before === undefined) out.push({ kind: 'create', path, text });
      else if (before !== text) out.push({ kind: 'update', path, before, text });
    }
    return out;
  }
}

const OPERATION = { create: 'create', update: 'edit', delete: 'delete', rename: 'move' } as const;

/** A change as the result the diff reporter and the writer take. */
export function changeToResult(root: string, change: TreeChange, generatorId: string): ChangedFile {
  const before = change.kind === 'create' ? '' : change.before;
  const after = change.kind === 'delete' ? '' : change.text;
  return {
    status: 'changed',
    operation: OPERATION[change.kind],
    path: resolve(root, change.path),
    relativePath: change.path,
    ...(change.kind === 'rename' ? { previousPath: resolve(root, change.from) } : {}),
    before,
    after,
    passes: [generatorId],
    attribution: [],
    warnings: [],
    stats: {},
  };
}
