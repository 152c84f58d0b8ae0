import { readFileSync } from 'node:fs';
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

/** The same operation recorded twice (by two projects of a monorepo that both see the file). */
export function sameOp(a: FileOp, b: FileOp): boolean {
  return a.kind === b.kind && a.path === b.path && a.from === b.from && a.text === b.text;
}

export function opResult(op: FileOp, root: string, states: ReadonlyMap<string, FileState>): FileResult {
  const base = { path: op.path, relativePath: relativePath(root, op.path), warnings: [], stats: {} };
  const common = { status: 'changed' as const, passes: [op.passId], attribution: [] };
  if (op.kind === 'create') return { ...base, ...common, operation: 'create', before: '', after: op.text ?? '' };
  const sourcePath = op.kind === 'move' ? op.from! : op.path;
  const state = states.get(sourcePath);
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
