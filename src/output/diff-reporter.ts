import { closeSync, openSync, readSync } from 'node:fs';
import type { ChangedFile, FileResult } from '../core/result.js';
import { diffFile, fileHeader, formatFileDiff, hunkHeader } from './diff.js';
import type { Reporter, Sink } from './reporter.js';

/**
 * The colours a diff uses: a chalk instance fits. Named here rather than as chalk's type so the
 * public declarations need neither chalk's types nor, through them, @types/node.
 */
export interface DiffColors {
  bold(text: string): string;
  dim(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  red(text: string): string;
}

export interface DiffReporterOptions {
  readonly out: Sink;
  readonly displayPath: (absolute: string) => string;
  /** A chalk instance with colour enabled, or undefined for plain text (git-apply-able). */
  readonly color?: DiffColors;
}

function colorLine(line: string, color: DiffColors): string {
  if (line.startsWith('+')) return color.green(line);
  if (line.startsWith('-')) return color.red(line);
  if (line.startsWith('\\')) return color.dim(line);
  return line;
}

function startsWithBom(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(3);
      return readSync(fd, head, 0, 3, 0) === 3 && head.equals(Buffer.from([0xef, 0xbb, 0xbf]));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Results carry text without the BOM (the writer puts it back); a diff must show it on line 1,
 * or `git apply` finds line 1 does not match the file and refuses the patch.
 */
function withBom(result: ChangedFile): ChangedFile {
  if (result.operation !== 'edit' && result.operation !== 'move') return result;
  if (!startsWithBom(result.previousPath ?? result.path)) return result;
  return {
    ...result,
    before: `\uFEFF${result.before}`,
    after: `\uFEFF${result.after}`,
    attribution: result.attribution.map((entry) => ({
      passId: entry.passId,
      ranges: entry.ranges.map((range) => ({ start: range.start + 1, end: range.end + 1 })),
    })),
  };
}

/** Prints a unified diff per changed file as results arrive; in colour, each hunk names its passes. */
export function createDiffReporter(options: DiffReporterOptions): Reporter {
  return {
    file(result: FileResult) {
      if (result.status !== 'changed') return;
      const diff = diffFile(withBom(result), options.displayPath);
      const color = options.color;
      if (!color) {
        options.out(formatFileDiff(diff));
        return;
      }
      const lines = fileHeader(diff).map((line) => color.bold(line));
      for (const hunk of diff.hunks) {
        lines.push(color.dim(`# ${hunk.passes.join(', ')}`), color.cyan(hunkHeader(hunk)));
        for (const line of hunk.lines) lines.push(colorLine(line, color));
      }
      options.out(lines.map((line) => `${line}\n`).join(''));
    },
    end() {},
  };
}

/** Collects the plain diff of every changed file (for --patch FILE). */
export function createPatchCollector(displayPath: (absolute: string) => string): Reporter & { text(): string } {
  const parts: string[] = [];
  return {
    file(result) {
      if (result.status === 'changed') parts.push(formatFileDiff(diffFile(withBom(result), displayPath)));
    },
    end() {},
    text: () => parts.join(''),
  };
}
