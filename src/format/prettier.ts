import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { structuredPatch } from 'diff';
import { CodemorphError } from '../core/errors.js';
import { importModule } from '../core/import-module.cjs';
import { lineStarts } from '../core/lines.js';
import type { ChangedFile, Warning } from '../core/result.js';

/** The part of prettier's API used here (prettier 2 and 3 both have it; 3's is async). */
interface PrettierApi {
  format(text: string, options: Record<string, unknown>): string | Promise<string>;
  resolveConfig(path: string, options?: Record<string, unknown>): Promise<Record<string, unknown> | null>;
  getFileInfo(path: string, options?: Record<string, unknown>): Promise<{ ignored: boolean; inferredParser: string | null }>;
}

/** The project's own prettier: never a copy of ours (codemorph does not bundle one). */
export interface ProjectPrettier {
  readonly version: string;
  readonly api: PrettierApi;
  readonly root: string;
}

/** Loads prettier as the project resolves it (from the root up); a clear usage error when there is none. */
export async function loadProjectPrettier(root: string): Promise<ProjectPrettier> {
  const require = createRequire(join(root, 'package.json'));
  let entry: string;
  try {
    entry = require.resolve('prettier');
  } catch {
    throw new CodemorphError('usage', `--prettier: prettier is not installed in this project (${root}); install it (npm install --save-dev prettier) or run without --prettier`);
  }
  const loaded = (await importModule(pathToFileURL(entry).href)) as PrettierApi & { default?: PrettierApi; version?: string };
  const api = typeof loaded.format === 'function' ? loaded : loaded.default!;
  const version = (require('prettier/package.json') as { version: string }).version;
  return { version, api, root };
}

/** Lines (1-based, inclusive) of `text` that differ from `before`: where a pass changed something. */
function changedLineRanges(before: string, after: string): Array<[number, number]> {
  return structuredPatch('a', 'b', before, after, '', '', { context: 0 }).hunks
    .filter((hunk) => hunk.newLines > 0)
    .map((hunk) => [hunk.newStart, hunk.newStart + hunk.newLines - 1]);
}

/** True when every line `formatted` changes in `text` lies within `first`..`last`. */
function staysInside(text: string, formatted: string, first: number, last: number): boolean {
  return structuredPatch('a', 'b', text, formatted, '', '', { context: 0 }).hunks.every((hunk) => {
    const start = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    return start >= first && hunk.oldStart + Math.max(hunk.oldLines, 1) - 1 <= last;
  });
}

/**
 * Formats only what the passes changed, with the project's prettier and its config: each changed
 * line range goes through prettier's range formatting, last first (earlier offsets stay valid). A
 * range whose formatting would touch any other line (prettier widens ranges to whole statements)
 * is left as the pass wrote it, with a warning: lines the passes did not change stay byte-identical.
 */
export async function formatChangedRanges(prettier: ProjectPrettier, result: ChangedFile): Promise<ChangedFile> {
  if (result.operation === 'delete') return result;
  const warnings: Warning[] = [];
  const warn = (message: string, line?: number): void => void warnings.push({ passId: 'prettier', message, ...(line ? { line } : {}) });
  const info = await prettier.api.getFileInfo(result.path, { ignorePath: join(prettier.root, '.prettierignore') });
  if (info.ignored || !info.inferredParser) return result;
  const config = (await prettier.api.resolveConfig(result.path)) ?? {};
  let text = result.after;
  for (const [first, last] of changedLineRanges(result.before, result.after).reverse()) {
    const starts = lineStarts(text);
    const rangeStart = starts[first - 1]!;
    const rangeEnd = (starts[last] ?? text.length + 1) - 1;
    let formatted: string;
    try {
      formatted = await prettier.api.format(text, { ...config, filepath: result.path, rangeStart, rangeEnd: Math.max(rangeStart, rangeEnd) });
    } catch (error) {
      warn(`prettier failed on lines ${first}-${last}: ${(error as Error).message.split('\n')[0]}; left as the pass wrote them`, first);
      continue;
    }
    if (staysInside(text, formatted, first, last)) text = formatted;
    else warn(`prettier would also reformat lines around ${first}-${last} that no pass changed; left as the pass wrote them`, first);
  }
  if (text === result.after && warnings.length === 0) return result;
  // Attribution ranges were measured on the unformatted text: hunks fall back to the file's passes.
  return { ...result, after: text, attribution: text === result.after ? result.attribution : [], warnings: [...result.warnings, ...warnings] };
}
