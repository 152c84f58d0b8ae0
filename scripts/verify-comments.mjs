// Checks the comment lexer of the pattern pre-filter (src/core/comment-ranges.ts) against
// TypeScript's parser: wherever the lexer is certain, its comments must be TypeScript's.
//
//   node scripts/verify-comments.mjs [ROOT...] [--fuzz SECONDS]
//
// Default roots: the bench corpus (.bench-cache/corpus) and node_modules; every .js .mjs .cjs
// .jsx .ts .tsx .mts .cts file under 1 MB. TypeScript's comments are the trivia between the
// tokens of its parse (every token's end up to the next token's start; JSX text is no trivia).
// Each file is lexed as the pre-filter lexes it: as JSX-capable unless TypeScript reads it as
// .ts (mayHoldJsx). Prints files, how many the lexer reads certain throughout, how many it gives up on somewhere,
// and every mismatch; exits 1 on a mismatch. With --fuzz, it then compares the same on random
// texts made of fragments that trip naive lexers (regexes and divisions, comments, quotes in
// regexes, templates, JSX, type assertions, ASI), as .ts and as .tsx, for that many seconds; a
// mismatch counts where TypeScript parses the text without errors (with errors, its recovery
// may skip and rescan text: those are counted apart).
// Uses dist/: run `npm run build` first.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const fuzzAt = args.indexOf('--fuzz');
const fuzzSeconds = fuzzAt === -1 ? 0 : Number(args.splice(fuzzAt, 2)[1]);
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
    compare(path, text, counts, path);
  }
}

/** Counts one text; prints and counts a mismatch. */
function compare(path, text, counts, shown) {
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
  if (same) return;
  // A random text with syntax errors: TypeScript's recovery may rescan what it skips; counted apart, not shown.
  if (errors && counts.recoveredMismatches !== undefined) return void counts.recoveredMismatches++;
  counts.mismatches++;
  const index = mine.findIndex(([start, end], at) => theirs[at]?.[0] !== start || theirs[at]?.[1] !== end);
  const where = index === -1 ? theirs[mine.length] : mine[index];
  console.log(`MISMATCH ${shown}${errors ? ' (TypeScript reports syntax errors)' : ''}: lexer ${JSON.stringify(mine[index])} vs TypeScript ${JSON.stringify(theirs[index === -1 ? mine.length : index])} near ${JSON.stringify(text.slice(where?.[0] ?? 0, (where?.[0] ?? 0) + 60))}`);
}
console.log(
  `${counts.files} files (${(counts.bytes / 1e6).toFixed(1)} MB) under ${roots.join(', ')}: ${counts.certain} certain throughout, ${counts.unsure} unsure from some point ` +
    `(${((100 * counts.certainBytes) / counts.bytes).toFixed(1)}% of the text read with certainty); ${counts.withErrors} with syntax errors for TypeScript; ${counts.mismatches} mismatches`,
);
if (fuzzSeconds > 0) fuzz(fuzzSeconds);
process.exitCode = counts.mismatches > 0 ? 1 : 0;

function fuzz(seconds) {
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const chance = (p) => Math.random() < p;
  const trivia = () => (chance(0.7) ? pick([' ', '', ' ']) : pick([' /* c */ ', '/** d */', ' // c\n', '\n', ' /* l\n */ ', '\r\n', '\u2028']));
  // Mostly valid code from a small grammar, with the constructs that trip naive lexers.
  const primary = (depth, jsx) => {
    const simple = ['a', 'b', 'x.return', 'x?.if', 'a.b', '1', '.5', '0x1f', '10n', "'//'", '"/*"', "'\\''", '/re/g', "/'/", '/[/]/', '/\\//', '/=/', '/a*/', 'this', 'null', '`t`', '`//${a}`', '#p in a', 'a!', 'x as T', 'x satisfies T', 'f<T>(x)', 'a.default', 'of', 'x.yield'];
    if (depth > 3 || chance(0.5)) return pick(simple);
    switch (Math.floor(Math.random() * 9)) {
      case 0: return `(${expression(depth + 1, jsx)})`;
      case 1: return `\`x ${'${'}${expression(depth + 1, jsx)}} // \``;
      case 2: return `f(${expression(depth + 1, jsx)}${trivia()}, ${expression(depth + 1, jsx)})`;
      case 3: return `[${expression(depth + 1, jsx)}]`;
      case 4: return `{ k: ${expression(depth + 1, jsx)} }`;
      case 5: return jsx ? pick(['<p>a // b</p>', "<a href='//x'/>", '<>/* t */</>']) : `<T>${primary(depth + 1, jsx)}`;
      case 6: return `(a) => ${expression(depth + 1, jsx)}`;
      case 7: return `${pick(['typeof', 'void', 'delete', '!', '-', '++', 'new', 'await'])} ${primary(depth + 1, jsx)}`;
      default: return `${primary(depth + 1, jsx)}${pick(['++', '--', '!', '.b', '[0]', '()', '?.c'])}`;
    }
  };
  const expression = (depth, jsx) => {
    let text = primary(depth, jsx);
    while (depth < 3 && chance(0.4)) text += `${trivia()}${pick(['/', '/=', '+', '*', '<', '>', '>>', '<=', '&&', '??', 'in', 'instanceof', ',', '=', '==='])}${trivia()}${primary(depth + 1, jsx)}`;
    return text;
  };
  const statement = (depth, jsx) => {
    switch (Math.floor(Math.random() * (depth > 2 ? 5 : 14))) {
      case 0: return `${expression(0, jsx)};`;
      case 1: return `x = ${expression(0, jsx)}\n`;
      case 2: return `let x${chance(0.5) ? ': T' : ''}${chance(0.5) ? '[]' : ''}\n`;
      case 3: return `return ${expression(0, jsx)};`;
      case 4: return pick(['// c\n', '/* c */', '/** d */\n', '#!x\n']);
      case 5: return `if (${expression(0, jsx)})${trivia()}${statement(depth + 1, jsx)}`;
      case 6: return `${pick(['while', 'for', 'for await', 'with'])} (${pick(['a', 'const a of b', ';;', 'a in b'])}) ${statement(depth + 1, jsx)}`;
      case 7: return `do ${statement(depth + 1, jsx)} while (${expression(0, jsx)})${trivia()}`;
      case 8: return `switch (a) { case ${expression(0, jsx)}: ${statement(depth + 1, jsx)} default: ${statement(depth + 1, jsx)} }`;
      case 9: return `class A { if() { ${statement(depth + 1, jsx)} } get x() { return ${expression(0, jsx)} } }`;
      case 10: return `function* g() { yield ${expression(0, jsx)}; yield\n${expression(0, jsx)} }`;
      case 11: return `async function h() { await ${expression(0, jsx)}; ${statement(depth + 1, jsx)} }`;
      case 12: return `const g = ${jsx ? '<A,>' : '<A>'}(a: A) => ${expression(0, jsx)}${trivia()}`;
      default: return `{${trivia()}${statement(depth + 1, jsx)}${trivia()}${statement(depth + 1, jsx)}}`;
    }
  };
  const fuzzed = { files: 0, certain: 0, unsure: 0, mismatches: 0, recoveredMismatches: 0, withErrors: 0, certainBytes: 0 };
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; ) {
    for (const path of ['fuzz.ts', 'fuzz.tsx']) {
      const jsx = path === 'fuzz.tsx';
      const text = Array.from({ length: 1 + Math.floor(Math.random() * 4) }, () => statement(0, jsx)).join(trivia());
      fuzzed.files++;
      compare(path, text, fuzzed, `${path} ${JSON.stringify(text)}`);
    }
  }
  console.log(`fuzz: ${fuzzed.files} texts (.ts and .tsx), ${fuzzed.certain} certain throughout, ${fuzzed.unsure} unsure from some point, ${fuzzed.withErrors} with syntax errors for TypeScript; ${fuzzed.mismatches} mismatches in texts without (${fuzzed.recoveredMismatches} in texts with syntax errors)`);
  counts.mismatches += fuzzed.mismatches;
}
