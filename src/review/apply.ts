import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StructuredPatchHunk } from 'diff';
import { isInside } from '../core/paths.js';
import { hunkHeader, type FilePatch } from './patch.js';

/** Where one hunk landed in the patched text. */
export interface PatchedHunk {
  /** 0-based position in the file's patch. */
  readonly index: number;
  readonly header: string;
  /** 1-based first line of the hunk in the patched text, and its length there. */
  readonly newStart: number;
  readonly newLines: number;
  /** 1-based lines of the patched text this hunk added. */
  readonly added: readonly number[];
}

/** One file of the scratch tree: its text before and after the patch (BOM stripped, as results hold it). */
export interface PatchedFile {
  readonly kind: FilePatch['kind'];
  readonly operation: 'edit' | 'create' | 'delete' | 'move';
  /** Relative to the root: the new path (the old one for a deletion). */
  readonly path: string;
  /** For a rename: the old path. */
  readonly previousPath?: string;
  readonly before: string;
  readonly after: string;
  readonly addedLines: ReadonlySet<number>;
  readonly hunks: readonly PatchedHunk[];
}

/** Why a hunk (or a whole file) does not apply. */
export interface ApplyProblem {
  readonly file: string;
  /** 0-based hunk index; undefined when the file itself is the problem. */
  readonly hunk?: number;
  readonly header?: string;
  readonly message: string;
}

export type ApplyOutcome =
  | { readonly ok: true; readonly files: readonly PatchedFile[] }
  | { readonly ok: false; readonly problems: readonly ApplyProblem[]; readonly files: readonly PatchedFile[] };

const contentOf = (line: string): string => line.replace(/\r?\n$/, '').replace(/\r$/, '');

/** Splits text into lines that keep their own line break, so untouched lines come out byte for byte. */
function splitKeepingBreaks(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

interface HunkFit {
  readonly at: number;
}

/** Old-side lines of a hunk (context and removals), each with whether a `\ No newline` follows it. */
function oldSide(hunk: StructuredPatchHunk): string[] {
  return hunk.lines.filter((line) => line[0] === ' ' || line[0] === '-').map((line) => contentOf(line.slice(1)));
}

function matchesAt(source: readonly string[], old: readonly string[], at: number): boolean {
  if (at < 0 || at + old.length > source.length) return false;
  return old.every((line, i) => contentOf(source[at + i]!) === line);
}

/**
 * Finds where a hunk fits: at the expected line, else the nearest line (either way) where its
 * context and removed lines match exactly, as `git apply` does without fuzz. Never before `floor`
 * (the end of the previous hunk).
 */
function fit(source: readonly string[], hunk: StructuredPatchHunk, expected: number, floor: number): HunkFit | undefined {
  const old = oldSide(hunk);
  const limit = Math.max(source.length, expected) + 1;
  for (let offset = 0; offset <= limit; offset++) {
    for (const at of offset === 0 ? [expected] : [expected + offset, expected - offset]) {
      if (at >= floor && matchesAt(source, old, at)) return { at };
    }
  }
  return undefined;
}

/** The first old-side line that differs at the expected place, for the error message. */
function whyNot(source: readonly string[], hunk: StructuredPatchHunk, expected: number): string {
  const old = oldSide(hunk);
  const i = old.findIndex((line, k) => expected + k >= source.length || contentOf(source[expected + k]!) !== line);
  // Everything matches where the header says, but that is inside the previous hunk.
  if (i === -1) return 'it overlaps the previous hunk';
  const lineNo = expected + i + 1;
  if (expected + i >= source.length) return `the file has ${source.length} lines; the hunk expects \`${old[i]}\` at line ${lineNo}`;
  return `line ${lineNo}: expected \`${old[i]}\`, found \`${contentOf(source[expected + i]!)}\` (and the hunk's lines match nowhere else)`;
}

/** Git writes a CRLF file's lines with their `\r`; a patch re-encoded as a whole (CRLF throughout) on a LF file is converted back. */
function lineBreakFor(line: string, file: { crlf: boolean; patchAllCrlf: boolean; empty: boolean }): string {
  const hasCr = line.endsWith('\r');
  if (!file.empty && file.patchAllCrlf !== file.crlf) return file.crlf ? '\r\n' : '\n';
  return hasCr ? '\r\n' : '\n';
}

function applyHunks(text: string, patch: FilePatch, path: string): { text: string; hunks: PatchedHunk[] } | ApplyProblem {
  const source = splitKeepingBreaks(text);
  const patchLines = patch.hunks.flatMap((hunk) => hunk.lines.filter((line) => line[0] !== '\\'));
  const style = {
    crlf: text.includes('\r\n'),
    patchAllCrlf: patchLines.length > 0 && patchLines.every((line) => line.endsWith('\r')),
    empty: source.length === 0,
  };
  const out: string[] = [];
  const hunks: PatchedHunk[] = [];
  let consumed = 0; // lines of `source` already copied or replaced
  let drift = 0; // how far hunks landed from where their headers said
  for (const [index, hunk] of patch.hunks.entries()) {
    const expected = (hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1) + drift;
    const found = fit(source, hunk, expected, consumed);
    if (!found) return { file: path, hunk: index, header: hunkHeader(hunk), message: whyNot(source, hunk, Math.max(expected, consumed)) };
    drift += found.at - expected;
    out.push(...source.slice(consumed, found.at));
    const start = out.length + 1;
    const added: number[] = [];
    let cursor = found.at;
    for (const [i, line] of hunk.lines.entries()) {
      const noNewline = hunk.lines[i + 1]?.[0] === '\\';
      if (line[0] === ' ') {
        out.push(source[cursor++]!);
      } else if (line[0] === '-') {
        cursor++;
      } else if (line[0] === '+') {
        const body = contentOf(line.slice(1));
        out.push(noNewline ? body : body + lineBreakFor(line, style));
        added.push(out.length);
      }
    }
    // A removed last line whose replacement lacks a newline: the marker already dropped it above.
    consumed = cursor;
    hunks.push({ index, header: hunkHeader(hunk), newStart: start, newLines: out.length - start + 1, added });
  }
  out.push(...source.slice(consumed));
  return { text: out.join(''), hunks };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Applies a parsed patch to texts read from `root`, in memory: the working tree is never
 * touched. Every file is tried, so one run names every hunk that does not apply.
 */
export function applyToTree(root: string, patches: readonly FilePatch[]): ApplyOutcome {
  const files: PatchedFile[] = [];
  const problems: ApplyProblem[] = [];
  const read = (path: string): string | undefined => {
    const absolute = resolve(root, path);
    return existsSync(absolute) ? stripBom(readFileSync(absolute, 'utf8')) : undefined;
  };
  for (const patch of patches) {
    const path = (patch.newPath ?? patch.oldPath)!;
    const outside = [patch.oldPath, patch.newPath].find((p) => p !== undefined && !isInside(resolve(root), resolve(root, p)));
    if (outside) {
      problems.push({ file: outside, message: 'outside the project root' });
      continue;
    }
    if (patch.kind === 'mode') continue; // a mode change alone changes no text
    const before = patch.kind === 'create' ? '' : read(patch.oldPath!);
    if (before === undefined) {
      problems.push({ file: patch.oldPath!, message: 'no such file in the tree' });
      continue;
    }
    if ((patch.kind === 'create' || patch.kind === 'copy' || patch.kind === 'rename') && read(path) !== undefined) {
      problems.push({ file: path, message: 'already exists; the patch creates it' });
      continue;
    }
    const operation = patch.kind === 'create' || patch.kind === 'copy' ? 'create' : patch.kind === 'delete' ? 'delete' : patch.kind === 'rename' ? 'move' : 'edit';
    const previousPath = patch.kind === 'rename' ? patch.oldPath : undefined;
    if (patch.kind === 'binary') {
      // No content to apply: the file is listed so the report (and --apply's refusal) can name it.
      files.push({ kind: 'binary', operation, path, before: '', after: '', addedLines: new Set(), hunks: [] });
      continue;
    }
    const applied = applyHunks(before, patch, path);
    if ('message' in applied) {
      problems.push(applied);
      continue;
    }
    if (patch.kind === 'delete' && applied.text !== '') {
      problems.push({ file: path, message: 'the patch deletes the file but its hunks do not remove all of it' });
      continue;
    }
    const addedLines = new Set(applied.hunks.flatMap((hunk) => hunk.added));
    files.push({
      kind: patch.kind,
      operation,
      path,
      ...(previousPath ? { previousPath } : {}),
      before: patch.kind === 'copy' ? '' : before,
      after: applied.text,
      addedLines,
      hunks: applied.hunks,
    });
  }
  return problems.length > 0 ? { ok: false, problems, files } : { ok: true, files };
}
