import { canSetParents } from './parse.js';

// Setting a tree's parent pointers is a walk over the whole tree, about a quarter of parsing it.
// A pattern pass walks down only, and needs parents only once it has a match to rewrite: most of
// the files its pre-filter lets through hold one, some do not (1M lines, `void 0`: 9 of 48 files,
// 0.9 of 3.3 MB). Internal, like the byte pre-filter's words: no public pass option.

const onDemand = new WeakSet<object>();

/**
 * Marks a pass whose `visit` reads `ctx.sourceFile` without parent pointers (only `forEachChild`
 * and positions given the source file) and calls setParents (core/parse.ts) before it reads
 * `parent` or `getSourceFile()`. Returns the pass.
 */
export function parentsOnDemand<T extends object>(pass: T): T {
  onDemand.add(pass);
  return pass;
}

/** Whether the runner may hand this pass a tree without parent pointers. */
export function takesTreeWithoutParents(pass: object): boolean {
  return canSetParents && onDemand.has(pass);
}
