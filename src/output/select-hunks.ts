import { applyPatch } from 'diff';
import type { ChangedFile } from '../core/result.js';
import { diffFile, type DiffHunk } from './diff.js';

/** The hunks of a change as `--interactive` offers them (3 lines of context, each with its passes). */
export function hunksOf(result: ChangedFile, displayPath: (absolute: string) => string): readonly DiffHunk[] {
  return diffFile(result, displayPath, 3).hunks;
}

/**
 * The file's text with only the accepted hunks applied (`accepted[i]` for hunk i). Pure. The
 * hunks come from the same before/after texts, so they always apply.
 */
export function applySelectedHunks(result: ChangedFile, hunks: readonly DiffHunk[], accepted: readonly boolean[]): string {
  const chosen = hunks.filter((_, index) => accepted[index]);
  if (chosen.length === hunks.length) return result.after;
  if (chosen.length === 0) return result.before;
  const text = applyPatch(result.before, {
    oldFileName: 'a',
    newFileName: 'b',
    oldHeader: undefined,
    newHeader: undefined,
    // diffFile's empty ranges count from the next line, as jsdiff's structured patches do.
    hunks: chosen.map((hunk) => ({ oldStart: hunk.oldStart, oldLines: hunk.oldLines, newStart: hunk.newStart, newLines: hunk.newLines, lines: [...hunk.lines] })),
  });
  if (text === false) throw new Error('internal: a hunk of the change does not apply to its own text');
  return text;
}
