// Checks the comment lexer of the pattern pre-filter (src/core/comment-ranges.ts) against
// TypeScript's parser: wherever the lexer is certain, its comments must be TypeScript's.
//
//   node scripts/verify-comments.mjs [ROOT...]
//
// Default roots: the bench corpus (.bench-cache/corpus) and node_modules; every .js .mjs .cjs
// .jsx .ts .tsx .mts .cts file under 1 MB. TypeScript's comments are the trivia between the
// tokens of its parse (every token's end up to the next token's start; JSX text is no trivia).
// Each file is lexed as the pre-filter lexes it: as JSX-capable unless TypeScript reads it as
// .ts (mayHoldJsx). Prints files, how many the lexer reads certain throughout, how many it gives up on somewhere,
// and every mismatch; exits 1 on a mismatch. Uses dist/: run `npm run build` first.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const roots = args.length > 0 ? args : [join(REPO, '.bench-cache', 'corpus'), join(REPO, 'node_modules')].filter(existsSync);
const { CommentRanges } = await import(join(REPO, 'dist/src/core/comment-ranges.js'));
const { mayHoldJsx } = await import(join(REPO, 'dist/src/engines/patterns/outside-comments.js'));
const { ts, scriptKindFor } = await import(join(REPO, 'dist/src/core/parse.js'));
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;

function walk(dir, out, seen) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out, seen);
    else if (entry.isFile() && SOURCE.test(entry.name) && statSync(path).size < 1 << 20 && !seen.has(path)) {
      seen.add(path);
      out.push(path);
    }
  }
  return out;
}

/** TypeScript's comments, as [start, end) pairs in order. */
function typescriptComments(path, text) {
  const sourceFile = ts.createSourceFile(path, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, scriptKindFor(path));
  const comments = [];
  const shebang = /^#!.*/.exec(text);
  if (shebang) comments.push([0, shebang[0].length]);
  const seen = new Set();
  const collect = (from, to) => {
    for (const ranges of [ts.getTrailingCommentRanges(text, from), ts.getLeadingCommentRanges(text, from)]) {
      for (const range of ranges ?? []) {
        if (range.end <= to && !seen.has(range.pos)) {
          seen.add(range.pos);
          comments.push([range.pos, range.end]);
        }
      }
    }
  };
  let end = 0;
  const visit = (node) => {
    const children = node.getChildren(sourceFile);
    if (children.length === 0 || node.kind === ts.SyntaxKind.JsxText) {
      // A token: the trivia before it (none before JSX text, whose `//` is text).
      const start = node.kind === ts.SyntaxKind.JsxText ? node.pos : node.getStart(sourceFile);
      if (start > end) collect(end, start);
      end = node.end;
      return;
    }
    children.forEach(visit);
  };
  visit(sourceFile);
  return { comments: comments.sort((a, b) => a[0] - b[0]), errors: sourceFile.parseDiagnostics.length > 0 };
}

const counts = { files: 0, certain: 0, unsure: 0, mismatches: 0, withErrors: 0, certainBytes: 0, bytes: 0 };
const seen = new Set();
for (const root of roots) {
  for (const path of walk(root, [], seen)) {
    const text = readFileSync(path, 'utf8');
    counts.files++;
    counts.bytes += text.length;
    const lexer = new CommentRanges(text, mayHoldJsx(path));
    if (lexer.certainThroughout()) counts.certain++;
    else counts.unsure++;
    const until = lexer.certainUntil();
    counts.certainBytes += until;
    const mine = lexer.comments();
    const { comments, errors } = typescriptComments(path, text);
    if (errors) counts.withErrors++;
    const theirs = comments.filter(([start]) => start < until);
    const same = mine.length === theirs.length && mine.every(([start, end], index) => start === theirs[index][0] && end === theirs[index][1]);
    if (!same) {
      counts.mismatches++;
      const index = mine.findIndex(([start, end], at) => theirs[at]?.[0] !== start || theirs[at]?.[1] !== end);
      const where = index === -1 ? theirs[mine.length] : mine[index];
      console.log(`MISMATCH ${path}${errors ? ' (TypeScript reports syntax errors)' : ''}: lexer ${JSON.stringify(mine[index])} vs TypeScript ${JSON.stringify(theirs[index === -1 ? mine.length : index])} near ${JSON.stringify(text.slice(where?.[0] ?? 0, (where?.[0] ?? 0) + 60))}`);
    }
  }
}
console.log(
  `${counts.files} files (${(counts.bytes / 1e6).toFixed(1)} MB) under ${roots.join(', ')}: ${counts.certain} certain throughout, ${counts.unsure} unsure from some point ` +
    `(${((100 * counts.certainBytes) / counts.bytes).toFixed(1)}% of the text read with certainty); ${counts.withErrors} with syntax errors for TypeScript; ${counts.mismatches} mismatches`,
);
process.exitCode = counts.mismatches > 0 ? 1 : 0;
