import type { ts as TS } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';
import { treeEdits } from '../nullish-coalescing/tree-edits.js';
import { scratchService } from './scratch-service.js';
import { applyTreeEdits, mergeInsertions, overlaps, selfOverlaps, type TreeEdit } from './tree-edit.js';

export type { TreeEdit } from './tree-edit.js';

/**
 * The type gate the annotation passes share (ts-types-from-jsdoc, ts-types-from-usage,
 * ts-class-fields): a candidate annotation is kept only when the file, and the files that import
 * it, have no type error after it that they did not have before. Not a pass.
 */

/** Edits that stand or fall together; `fallback` is tried when `edits` add errors (a looser type). */
export interface EditGroup<T = unknown> {
  readonly edits: readonly TreeEdit[];
  readonly fallback?: readonly TreeEdit[];
  /** What the pass needs back about an accepted group (the tags it converted, say). */
  readonly data: T;
}

export interface Accepted<T> {
  readonly edits: readonly TreeEdit[];
  readonly data: T;
}

/** The project files (not declarations) that import or re-export `file`: their call sites may break. */
function importersOf(ts: typeof TS, program: TS.Program, file: TS.SourceFile): string[] {
  const checker = program.getTypeChecker();
  const importers: string[] = [];
  for (const other of program.getSourceFiles()) {
    if (other === file || other.isDeclarationFile || other.fileName.includes('/node_modules/')) continue;
    const imports = other.statements.some((statement) => {
      const specifier =
        ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)
          ? statement.moduleSpecifier
          : ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)
            ? statement.moduleReference.expression
            : undefined;
      return specifier !== undefined && checker.getSymbolAtLocation(specifier)?.valueDeclaration === file;
    });
    if (imports) importers.push(other.fileName);
  }
  return importers;
}

/** Whether `after` holds no error that `before` did not (as multisets). */
function noWorse(before: readonly string[], after: readonly string[]): boolean {
  const left = new Map<string, number>();
  for (const error of before) left.set(error, (left.get(error) ?? 0) + 1);
  for (const error of after) {
    const count = left.get(error) ?? 0;
    if (count === 0) return false;
    left.set(error, count - 1);
  }
  return true;
}

/**
 * Keeps the groups that add no type error, in order: all of them at once when that checks, else
 * each half on top of what was kept, down to single groups (a group's fallback when its own edits
 * fail). Returns the accepted groups with the edits that were kept.
 */
export function acceptCheckedGroups<T>(ctx: FileContext, groups: readonly EditGroup<T>[]): Accepted<T>[] {
  if (groups.length === 0) return [];
  const scratch = scratchService(ctx);
  const file = ctx.sourceFile;
  const importers = importersOf(ctx.ts, ctx.program!, file);
  const original = file.text;
  scratch.setText(file.fileName, original);
  const everyFile = [file.fileName, ...importers];
  const before = scratch.errors(everyFile);
  const trialIn = (checked: readonly string[]) => (edits: readonly TreeEdit[]): boolean => {
    scratch.setText(file.fileName, applyTreeEdits(original, edits));
    // Errors are keyed by file: `before` holding the importers' too does not matter when they are not checked.
    return noWorse(before, scratch.errors(checked, { fileName: file.fileName, edits }));
  };
  try {
    // The file alone first (a file many others import would cost a check of each of them per
    // trial); the importers once on the result, and every trial with them only when that fails.
    let accepted = selectGroups(groups, trialIn([file.fileName]));
    if (importers.length > 0 && accepted.length > 0 && !trialIn(everyFile)(accepted.flatMap((group) => group.edits))) {
      // What the file alone refused, its importers cannot make acceptable: only the rest is tried again.
      const passed = new Set(accepted.map((choice) => choice.group));
      accepted = selectGroups(groups.filter((group) => passed.has(group)), trialIn(everyFile));
    }
    return accepted.map((choice) => ({ edits: choice.edits, data: choice.group.data }));
  } finally {
    scratch.setText(file.fileName, original);
  }
}

/** A group kept, with the edits it was kept with (its own or its fallback). */
interface Choice<T> {
  readonly group: EditGroup<T>;
  readonly edits: readonly TreeEdit[];
}

/** The groups that pass `trial`, in order: halves first, down to single groups and their fallbacks. */
function selectGroups<T>(groups: readonly EditGroup<T>[], trial: (edits: readonly TreeEdit[]) => boolean): Choice<T>[] {
  const accepted: Choice<T>[] = [];
  const kept: TreeEdit[] = [];
  // Halves first: a few bad groups among many cost a few trials each, not one trial per group.
  const take = (slice: readonly EditGroup<T>[]): void => {
    if (slice.length > 1) {
      const edits = slice.flatMap((group) => group.edits);
      if (!overlaps(kept, edits) && !selfOverlaps(edits) && trial([...kept, ...edits])) {
        kept.push(...edits);
        accepted.push(...slice.map((group) => ({ group, edits: group.edits })));
        return;
      }
      const middle = slice.length >> 1;
      take(slice.slice(0, middle));
      take(slice.slice(middle));
      return;
    }
    const group = slice[0]!;
    for (const edits of [group.edits, group.fallback]) {
      if (!edits || edits.length === 0 || overlaps(kept, edits)) continue;
      if (trial([...kept, ...edits])) {
        kept.push(...edits);
        accepted.push({ group, edits });
        return;
      }
    }
  };
  take(groups);
  return accepted;
}

/** Records tree-positioned edits on the file (mapping CRLF files); false when the tree is not this text's. */
export function recordTreeEdits(ctx: FileContext, edits: readonly TreeEdit[]): boolean {
  const tree = treeEdits(ctx);
  if (!tree) return false;
  for (const edit of mergeInsertions(edits)) tree.replaceRange(edit.start, edit.end, edit.text);
  return true;
}

/** Whether the file is TypeScript (annotations are errors in JavaScript files). */
export function isTypeScriptFile(path: string): boolean {
  return /\.(c|m)?tsx?$/.test(path) && !/\.d\.(c|m)?ts$/.test(path);
}
