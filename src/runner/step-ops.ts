import { basename, dirname, relative } from 'node:path';
import type { Project } from 'ts-morph';
import type { FileResult } from '../core/result.js';
import { FileState } from './file-state.js';
import type { FileOp } from './project-ops.js';
import { isCode, type ProjectUnit } from './project-units.js';
import { relativePath } from './run.js';

/** The run's view of its files, which a project step's file operations change for later steps. */
export interface RunFiles {
  readonly root: string;
  /** By current path: a moved file is keyed by where it is now. */
  readonly states: Map<string, FileState>;
  /** The run's files (what project passes get as `files`), by current path. */
  readonly files: string[];
  /** Paths moved away from or deleted: hidden from the Projects of later steps. */
  readonly gone: Set<string>;
  /** Single-project runs only replace their one unit (a created tsconfig); see `adoptConfig`. */
  readonly units: ProjectUnit[];
  readonly ownerOf: Map<string, ProjectUnit>;
  readonly results: Map<string, FileResult>;
  readonly failed: Set<string>;
}

const CONFIG = /^[tj]sconfig(\..*)?\.json$/;

/** True when one of these paths is a tsconfig (or jsconfig): loaded Projects are stale then. */
export function touchesConfig(paths: Iterable<string>): boolean {
  for (const path of paths) if (CONFIG.test(basename(path))) return true;
  return false;
}

function rekey<T>(map: Map<string, T>, from: string, to: string): void {
  if (!map.has(from)) return;
  map.set(to, map.get(from)!);
  map.delete(from);
}

/** Moves a file's state (and everything keyed by its path) to its new path. */
function relocate(run: RunFiles, from: string, to: string, project: Project | undefined): void {
  // A file the run was not given but the program reads (and the pass moved) is carried too.
  const loaded = project?.getSourceFile(from)?.getFullText();
  const state = run.states.get(from) ?? (loaded === undefined ? undefined : new FileState(from, relativePath(run.root, from), loaded));
  run.gone.add(from);
  run.gone.delete(to);
  const index = run.files.indexOf(from);
  if (index !== -1) run.files[index] = to;
  rekey(run.results, from, to);
  if (run.failed.delete(from)) run.failed.add(to);
  const owner = run.ownerOf.get(from);
  if (owner) {
    rekey(run.ownerOf, from, to);
    // Owned sets are built by planUnits as Sets; a unit's files follow their moves.
    const owned = owner.owned as Set<string> | undefined;
    if (owned?.delete(from)) owned.add(to);
  }
  project?.getSourceFile(from)?.delete(); // queued only: hides the old path from module resolution
  if (!state) return; // an asset the program never read: moved as it is on disk
  run.states.delete(from);
  state.relocate(to, relativePath(run.root, to));
  run.states.set(to, state);
  if (project && isCode(to)) project.createSourceFile(to, state.text, { overwrite: true });
}

/**
 * Makes the file operations one project step recorded (`ops` from index `first` on) visible to
 * the steps after it: a moved file is seen under its new path (in the states, the run's file
 * list and the loaded Project), a created file can be read and edited, a deleted one is hidden.
 * A move of a file an earlier step moved or created is folded into that operation, so the
 * output still shows one move (or one creation) carrying every edit.
 */
export function applyStepOps(ops: FileOp[], first: number, run: RunFiles, project: Project | undefined): void {
  for (let index = first; index < ops.length; index++) {
    const op = ops[index]!;
    if (op.kind === 'move') {
      relocate(run, op.from!, op.path, project);
      const earlier = ops.findIndex((other, at) => at < first && other.kind !== 'delete' && other.path === op.from);
      if (earlier !== -1) {
        ops[earlier] = { ...ops[earlier]!, path: op.path };
        ops.splice(index--, 1);
      }
    } else if (op.kind === 'create') {
      run.gone.delete(op.path);
      if (!run.states.has(op.path)) run.states.set(op.path, FileState.created(op.path, relativePath(run.root, op.path), op.text ?? ''));
      if (project && isCode(op.path)) project.createSourceFile(op.path, op.text ?? '', { overwrite: true });
    } else {
      run.gone.add(op.path);
      project?.getSourceFile(op.path)?.delete();
    }
  }
}

/**
 * A run that found no tsconfig takes the one an earlier step created at (or above) its root,
 * so the steps after it check with the options the migration chose.
 */
export function adoptConfig(run: RunFiles, created: readonly string[]): boolean {
  const only = run.units.length === 1 ? run.units[0]! : undefined;
  if (!only || only.tsconfig || only.owned) return false;
  const config = created.find((path) => basename(path) === 'tsconfig.json' && !relative(dirname(path), run.root).startsWith('..'));
  if (!config) return false;
  run.units[0] = { tsconfig: config };
  return true;
}

/** Puts the changed texts into the Project (if it holds the file); true when any changed. */
export function pushChanged(project: Project | undefined, states: readonly FileState[], before: ReadonlyMap<string, string>): boolean {
  let changed = false;
  for (const state of states) {
    if (state.text === before.get(state.path)) continue;
    changed = true;
    if (project?.getSourceFile(state.path)) project.createSourceFile(state.path, state.text, { overwrite: true });
  }
  return changed;
}
