import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../core/result.js';
import { diffFile, fileHeader, formatFileDiff, hunkHeader } from './diff.js';
import type { Reporter, Sink } from './reporter.js';

export interface DiffReporterOptions {
  readonly out: Sink;
  readonly displayPath: (absolute: string) => string;
  /** A chalk instance with colour enabled, or undefined for plain text (git-apply-able). */
  readonly color?: ChalkInstance;
}

function colorLine(line: string, color: ChalkInstance): string {
  if (line.startsWith('+')) return color.green(line);
  if (line.startsWith('-')) return color.red(line);
  if (line.startsWith('\\')) return color.dim(line);
  return line;
}

/** Prints a unified diff per changed file as results arrive; in colour, each hunk names its passes. */
export function createDiffReporter(options: DiffReporterOptions): Reporter {
  return {
    file(result: FileResult) {
      if (result.status !== 'changed') return;
      const diff = diffFile(result, options.displayPath);
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
      if (result.status === 'changed') parts.push(formatFileDiff(diffFile(result, displayPath)));
    },
    end() {},
    text: () => parts.join(''),
  };
}
