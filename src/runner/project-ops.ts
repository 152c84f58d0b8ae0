import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ts } from '../core/parse.js';
import { CodemorphError } from '../core/errors.js';
import { isInside } from '../core/paths.js';
import type { FileResult } from '../core/result.js';
import type { FileState } from './file-state.js';
import { relativePath } from './run.js';

/** A file a project pass creates, deletes or moves (applied by the writer, not here). */
export interface FileOp {
  readonly kind: 'create' | 'delete' | 'move';
  readonly path: string;
  readonly from?: string;
  readonly text?: string;
  readonly passId: string;
}

/** Records an operation once: two projects of a monorepo that both see a file plan the same move. */
export function addOp(ops: FileOp[], op: FileOp): void {
  const same = (other: FileOp): boolean => other.kind === op.kind && other.path === op.path && other.from === op.from && other.text === op.text;
  if (!ops.some(same)) ops.push(op);
}

/**
 * A declaration file the program reads from inside the tree that no project of the run owns:
 * a build output (packages/core/dist/index.d.ts) standing in for another package's sources.
 */
export function buildOutputIn(program: ts.Program, root: string, owned: (path: string) => boolean): string | undefined {
  return program
    .getSourceFiles()
    .map((file) => resolve(file.fileName))
    .find((path) => /\.d\.[cm]?ts$/.test(path) && isInside(root, path) && !/[\\/]node_modules[\\/]/.test(path) && !owned(path));
}

export function opResult(op: FileOp, root: string, states: ReadonlyMap<string, FileState>): FileResult {
  const base = { path: op.path, relativePath: relativePath(root, op.path), warnings: [], stats: {} };
  const common = { status: 'changed' as const, passes: [op.passId], attribution: [] };
  // A moved or created file's state is keyed by its path now (later steps may have edited it).
  const state = states.get(op.path);
  if (op.kind === 'create') {
    const edited = state?.result();
    const passes = edited?.status === 'changed' ? [...new Set([op.passId, ...edited.passes])] : [op.passId];
    return { ...base, ...common, warnings: state?.warnings ?? [], stats: state?.stats ?? {}, passes, operation: 'create', before: '', after: state?.text ?? op.text ?? '' };
  }
  const sourcePath = op.kind === 'move' ? op.from! : op.path;
  // Files outside the Project (assets, JSON) are moved or deleted as they are on disk.
  const original = state?.original ?? readFileSync(sourcePath, 'utf8');
  if (op.kind === 'delete') return { ...base, ...common, operation: 'delete', before: original, after: '' };
  const edited = state?.result();
  const passes = edited?.status === 'changed' ? [...new Set([...edited.passes, op.passId])] : [op.passId];
  return {
    ...base,
    warnings: state?.warnings ?? [],
    stats: state?.stats ?? {},
    status: 'changed',
    operation: 'move',
    previousPath: op.from,
    before: original,
    after: state?.text ?? original,
    passes,
    attribution: edited?.status === 'changed' ? edited.attribution : [],
  };
}

/** A file outside the program a project pass edits (package.json): it must be inside the root. */
export function readOutsideProject(root: string, absolute: string, shown: string): string {
  if (!isInside(root, absolute) || !existsSync(absolute)) {
    throw new CodemorphError('usage', `${shown}: not in the project`);
  }
  return readFileSync(absolute, 'utf8');
}
