import { fsPromises } from '../../core/lazy-builtins.js';
import { parseSource } from '../../core/parse.js';
import { bindingText, findPatternMatches } from './match.js';
import { compilePattern, type Pattern, type PatternLanguage } from './pattern.js';

/** One search hit. Lines and columns are 1-based; the end is exclusive (just after the match). */
export interface Match {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The matched code as written. */
  readonly text: string;
  /** Metavariable name (without `$`) → the bound code as written; a list binding is its whole run. */
  readonly bindings: Readonly<Record<string, string>>;
}

/** Matches of a pattern in one file's text, nested matches included, in document order. */
export function searchText(path: string, text: string, pattern: Pattern): Match[] {
  const sourceFile = parseSource(path, text, { jsdoc: false });
  return findPatternMatches(pattern, sourceFile).map((match) => {
    const start = match.node.getStart(sourceFile);
    const end = match.last.getEnd();
    const from = sourceFile.getLineAndCharacterOfPosition(start);
    const to = sourceFile.getLineAndCharacterOfPosition(end);
    const bindings: Record<string, string> = {};
    for (const [name, binding] of match.bindings) bindings[name] = bindingText(binding);
    return {
      path,
      line: from.line + 1,
      column: from.character + 1,
      endLine: to.line + 1,
      endColumn: to.character + 1,
      text: text.slice(start, end),
      bindings,
    };
  });
}

/**
 * Files whose text lacks a word or token sequence the pattern requires are skipped without parsing.
 * (Not the comment check of rewrites, outside-comments.ts: a search also reports matches in files
 * that do not parse, where TypeScript's error recovery may read a comment differently.)
 */
export async function* searchFiles(
  files: Iterable<string> | AsyncIterable<string>,
  pattern: string | Pattern,
  options: { language?: PatternLanguage } = {},
): AsyncIterable<Match> {
  const compiled = typeof pattern === 'string' ? compilePattern(pattern, options) : pattern;
  const needle = [...compiled.needles].sort((a, b) => b.length - a.length)[0];
  for await (const path of files) {
    const text = await fsPromises().readFile(path, 'utf8');
    if (needle !== undefined && !text.includes(needle)) continue;
    if (!compiled.sequences.every((sequence) => sequence.test(text))) continue;
    yield* searchText(path, text, compiled);
  }
}
