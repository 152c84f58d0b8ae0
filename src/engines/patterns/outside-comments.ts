import { CommentRanges } from '../../core/comment-ranges.js';
import { scriptKindFor, ts } from '../../core/parse.js';
import type { TextTest } from '../../core/pass.js';
import { globalCopy } from './sequences.js';

// A pattern matches code, never comments: a file whose every occurrence of a required word or
// token sequence lies in comments (lodash's ` * _.isNull(void 0);` JSDoc examples) has no match,
// and need not be parsed. Occurrences in strings, template text and regexes still count (a
// pattern may match a string literal), and so does any the lexer is unsure of.

/** Whether `needle` occurs in `text` outside comments, or where the lexer cannot tell. */
export function occursOutsideComments(text: string, needle: string | RegExp, comments: CommentRanges): boolean {
  if (typeof needle === 'string') {
    for (let at = text.indexOf(needle); at !== -1; ) {
      const end = comments.commentEnd(at);
      if (end === undefined || end === -1) return true;
      // An occurrence starting before the comment's end starts inside it.
      at = text.indexOf(needle, end);
    }
    return false;
  }
  const regex = globalCopy(needle);
  regex.lastIndex = 0;
  for (let found = regex.exec(text); found !== null; found = regex.exec(text)) {
    const end = comments.commentEnd(found.index);
    if (end === undefined || end === -1) return true;
    // Not from the match's end: a match that starts in a comment may run on into code (`// void\n0`)
    // and hide one that starts there. A match in code starts after the comment.
    regex.lastIndex = Math.max(end, found.index + 1);
  }
  return false;
}

/** Whether TypeScript reads the file as one that may hold JSX (`.js` does; unknown: assume so). */
export function mayHoldJsx(path: string | undefined): boolean {
  if (path === undefined) return true;
  const kind = scriptKindFor(path);
  return kind !== ts.ScriptKind.TS;
}

/**
 * `test`, then every needle somewhere outside comments. The lexing runs only on texts that pass
 * `test`, and only as far as each needle's first occurrence in code. Remembers its last answer:
 * a run asks it of the same text twice (once to pick the files to parse, once in processFile).
 */
export function outsideComments(test: TextTest, needles: ReadonlyArray<string | RegExp>): TextTest {
  // Sequences first: rarer than words, they fail sooner.
  const ordered = [...needles].sort((a, b) => Number(typeof a === 'string') - Number(typeof b === 'string'));
  let lastText: string | undefined;
  let lastPath: string | undefined;
  let lastAnswer = false;
  return {
    test(text: string, path?: string): boolean {
      if (text === lastText && path === lastPath) return lastAnswer;
      let answer = test.test(text, path);
      if (answer) {
        const comments = new CommentRanges(text, mayHoldJsx(path));
        answer = ordered.every((needle) => occursOutsideComments(text, needle, comments));
      }
      lastText = text;
      lastPath = path;
      lastAnswer = answer;
      return answer;
    },
  };
}
