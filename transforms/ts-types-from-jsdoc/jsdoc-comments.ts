import type { ts as TS } from 'ts-morph';
import type { TreeEdit } from '../shared/type-gate.js';
import { commentText } from './jsdoc-type-text.js';

/**
 * Once a JSDoc type lives in the code, the `{T}` in the comment is a second copy that can only
 * drift: it is removed, and the description kept. A tag left with nothing to say (`@type {T}`,
 * `@returns {T}`, `@param {T} name` without a description) goes with its line; a comment left
 * with nothing goes whole. Typedef comments are replaced by their group, not here.
 */
export function strippedCommentEdits(ts: typeof TS, sourceFile: TS.SourceFile, converted: readonly TS.JSDocTag[]): TreeEdit[] {
  const text = sourceFile.text;
  const byComment = new Map<TS.JSDoc, TS.JSDocTag[]>();
  for (const tag of converted) {
    if (ts.isJSDocTypedefTag(tag) || ts.isJSDocCallbackTag(tag)) continue;
    let doc: TS.Node = tag.parent;
    while (!ts.isJSDoc(doc) && doc.parent) doc = doc.parent;
    if (!ts.isJSDoc(doc)) continue;
    byComment.set(doc, [...(byComment.get(doc) ?? []), tag]);
  }
  const edits: TreeEdit[] = [];
  for (const [doc, tags] of byComment) {
    const silent = (tag: TS.JSDocTag): boolean => commentText(ts, tag.comment) === '' && !text.slice(tag.getStart(sourceFile), tagContentEnd(text, tag, sourceFile)).includes('\n');
    const everyTag = doc.tags ?? [];
    if (commentText(ts, doc.comment) === '' && everyTag.every((tag) => tags.includes(tag) && silent(tag))) {
      edits.push(wholeLines(text, doc.getStart(sourceFile), doc.end) ?? { start: doc.getStart(sourceFile), end: doc.end, text: '' });
      continue;
    }
    for (const tag of tags) {
      const start = tag.getStart(sourceFile);
      const line = silent(tag) ? wholeLines(text, start, tagContentEnd(text, tag, sourceFile)) : undefined;
      if (line) {
        edits.push(line);
        continue;
      }
      // The braces after the tag name, not the type expression's range: a `{Object}` with nested
      // `@param options.x` tags has a type literal that spans those tags.
      const braces = braceStart(text, tag.tagName.end);
      if (braces === undefined) continue;
      // `@type {T} what it is` says only `what it is` once the type has moved.
      const from = ts.isJSDocTypeTag(tag) ? start : braces;
      const close = matchingBrace(text, braces);
      if (close === undefined) continue;
      let to = close + 1;
      while (text[to] === ' ' || text[to] === '\t') to++;
      if (text.startsWith('*/', to) && to > close + 1) to--;
      edits.push({ start: from, end: to, text: '' });
    }
  }
  return edits;
}

/** Where a tag's own text ends: before the line break or the comment's `*\/` that follows it. */
function tagContentEnd(text: string, tag: TS.JSDocTag, sourceFile: TS.SourceFile): number {
  let end = tag.end;
  const close = text.lastIndexOf('*/', end);
  if (close >= tag.getStart(sourceFile) && close < end) end = close;
  while (end > 0 && /[\s*]/.test(text[end - 1]!) && text.slice(end - 2, end) !== '*/') end--;
  return end;
}

/** The lines [start, end) stand on with their line break, when nothing else but `*` and blanks is on them. */
function wholeLines(text: string, start: number, end: number): TreeEdit | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  else lineEnd++;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (!/^[ \t]*\*?[ \t]*$/.test(before) && !/^[ \t]*$/.test(before)) return undefined;
  if (!/^[ \t]*\r?\n?$/.test(after)) return undefined;
  return { start: lineStart, end: lineEnd, text: '' };
}

function braceStart(text: string, from: number): number | undefined {
  const match = /^[ \t]*\{/.exec(text.slice(from, from + 40));
  return match ? from + match[0].length - 1 : undefined;
}

function matchingBrace(text: string, open: number): number | undefined {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
    else if (text[index] === '\n' && text.slice(index).trimStart().startsWith('*/')) return undefined;
  }
  return undefined;
}
