// Checks that the pattern pre-filter never skips a file with a match (docs/patterns.md, "Speed").
//
//   node scripts/verify-prefilter.mjs [ROOT...] [--base DIR] [--fuzz SECONDS]
//
// Every file under the roots (default: the bench corpus, .bench-cache/tree-1x, and node_modules)
// that holds a pattern's words but that its pre-filter skips is parsed and matched: a match there
// is a false drop. The pre-filter is the rewrite pass's own `match` test, as a run asks it (with
// the file's path): the words and token sequences, then the same outside comments
// (src/engines/patterns/outside-comments.ts); the counts show what the comment check adds. With --base (a checkout with a build, e.g. a frozen main), it also prints how
// many files and bytes that build's filter keeps, for comparison. With --fuzz, it then generates
// random code around `L && R.b` (and `||`, `??`) for that many seconds and checks the same on
// each text that parses without errors (a parser's recovery from an error is reported apart).
// Uses dist/: run `npm run build` first. Exits 1 when a file or text with a match was skipped.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const base = option('--base');
const fuzzSeconds = Number(option('--fuzz') ?? 0);
const roots = args.length > 0 ? args : [join(REPO, '.bench-cache', 'tree-1x'), join(REPO, 'node_modules')].filter(existsSync);

const { compilePattern } = await import(join(REPO, 'dist/src/engines/patterns/pattern.js'));
const { findPatternMatches } = await import(join(REPO, 'dist/src/engines/patterns/match.js'));
const { ts, scriptKindFor } = await import(join(REPO, 'dist/src/core/parse.js'));
// The run's first test, on a file's bytes before they are decoded (src/core/byte-prefilter.ts).
const { createRewritePass } = await import(join(REPO, 'dist/src/engines/patterns/pass.js'));
const { passMatches } = await import(join(REPO, 'dist/src/core/pass.js'));
const { bytesPrefilter } = await import(join(REPO, 'dist/src/core/byte-prefilter.js'));
const compileBase = base ? (await import(join(resolve(base), 'dist/src/engines/patterns/pattern.js'))).compilePattern : undefined;

// Patterns whose filter reads repeated code (repeats.ts, left-operand.ts), and kin that must keep
// working; then patterns whose sequences read a call's first and last token (sequences.ts).
const PATTERNS = [
  '$A && $A.$B', '$A || $A.$B', '$A ?? $A.$B', '$A && ($A).$B', '$A && ($A.$B)', '$A.$B && $A.$B.$C', '$A && $A.length', '$X != null && $X[0]', '$A && $A[0]', '$A && $A.$B()', '$A === $A',
  '$A.indexOf($B) !== -1', '$A.indexOf($B) === -1', '$A.indexOf($B) > -1', '$F($$$A) !== void 0', 'void $F($$$A)', '$A.slice(0).length',
  'void 0', 'Object.assign({}, $A)', 'new Buffer($S)',
];
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;

const passes = (pattern, text) => pattern.needles.every((word) => text.includes(word)) && pattern.sequences.every((test) => test.test(text));
const matchCount = (pattern, path, text) => findPatternMatches(pattern, ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKindFor(path))).length;

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && SOURCE.test(entry.name) && statSync(path).size < 1 << 20) out.push(path);
  }
  return out;
}

let falseDrops = 0;
const files = roots.flatMap((root) => walk(root, []));
for (const source of PATTERNS) {
  const pattern = compilePattern(source);
  const old = compileBase?.(source);
  const kept = { files: 0, bytes: 0 };
  const withComments = { files: 0, bytes: 0 };
  const oldKept = { files: 0, bytes: 0 };
  let parsed = 0;
  const rewrite = createRewritePass({ pattern: source, to: 'x' });
  const bytesPass = bytesPrefilter([rewrite]) ?? (() => true);
  for (const path of files) {
    const bytes = readFileSync(path);
    const text = bytes.toString('utf8');
    if (!pattern.needles.every((word) => text.includes(word))) continue;
    if (old && passes(old, text)) {
      oldKept.files++;
      oldKept.bytes += text.length;
    }
    if (passes(pattern, text)) {
      withComments.files++;
      withComments.bytes += text.length;
    }
    if (passMatches(rewrite, text, path)) {
      kept.files++;
      kept.bytes += text.length;
      // A file the text's filter keeps must pass the bytes' too (whether or not it holds a match).
      if (!bytesPass(bytes)) {
        falseDrops++;
        console.log(`  FALSE DROP ${source}: ${path} (its bytes fail where its text passes)`);
      }
      continue;
    }
    parsed++;
    const count = matchCount(pattern, path, text);
    if (count > 0) {
      falseDrops++;
      console.log(`  FALSE DROP ${source}: ${path} (${count} matches)`);
    }
  }
  const mb = (bytes) => (bytes / 1e6).toFixed(2);
  const against = old ? `; base keeps ${oldKept.files} / ${mb(oldKept.bytes)} MB` : '';
  const comments = `${withComments.files} files / ${mb(withComments.bytes)} MB with occurrences in comments counted`;
  console.log(`${source}: keeps ${kept.files} files / ${mb(kept.bytes)} MB (${comments})${against}; ${parsed} skipped files parsed and matched`);
}
console.log(`${files.length} files under ${roots.join(', ')}`);

if (fuzzSeconds > 0) falseDrops += fuzz(fuzzSeconds);
process.exitCode = falseDrops > 0 ? 1 : 0;

/** Random code around `L op R.b`, the right code mostly the same as the left; returns the false drops in valid code. */
function fuzz(seconds) {
  const before = ['', 'x = ', 'return ', 'if (', 'f(', '[', '{ k: ', 'x ? ', 'x ? y : ', 'case ', 'yield ', 'await ', 'typeof ', '!', '!!', '-', 'x || ', 'x ?? ', 'x && ', 'x\n', 'x;\n', '}\n', 'x++\n', 'x!\n', '/re/\n', 'x = y as T<U>\n', 'for (k in ', 'for (k of ', 'x in ', 'x instanceof ', '...', '=> ', 'x, ', '`${', 'new ', 'void ', 'delete ', 'x >= ', 'x <= ', 'x.in ', '/* c */ ', '// c\n', 'y.\n', 'f()\n', '0.5 + ', 'let x: A<B>= ', 'a.', 'a?.', 'a!', "'s' in ", 'else ', 'export default ', 'x = <T>', 'x => ', 'x **= ', 'x !== ', '~', '++', 'let x: T\n', 'type X = T\n', 'x as T[]\n', 'if (x)\n', 'while (x) ', 'function f(): T\n', 'x = y satisfies T\n', 'x = (y as T)\n', 'if (x) {}\n'];
  const operands = ['a', 'a.b', 'a[0]', 'a["k"]', "a['k']", 'a[0x0]', 'f(a)', 'f(a,)', 'f(a, b)', 'a()', 'a!', 'a?.b', '(a)', '((a))', '(a).b', 'this.a', 'a.b.c', '0.5', '1', '"s"', 'x + a', '!a', '(!a)', 'typeof a', '(typeof a)', 'a ? b : c', '(a ? b : c)', 'f(a < b)', 'f<T>(a)', '(a as T)', '`t`', 'a /* c */', 'a\n', 'a.b()', 'new A()', '[a]', '[a,]', '({})', 'a\u00a0', 'f(a)(b)', 'a!.b', '1.5', '.5', 'a.#p', 'a\\u0062', 'a?.[0]', 'a![0]', 'super.a', 'import.meta', '1_000', 'f("(")', 'a?.(b)', '(a, b)', 'x in a', '!!a', '(!!a)', 'void a', 'a++', '(-a)'];
  const operators = [' && ', '&&', ' &&\n', '\n&& ', ' /* c */ && '];
  const after = ['', ';', ')', ']', ' }', ' : z', ' ? 1 : 2', ' || z', ' && z', ',', '\nfoo()', ' + 1', '.c', '()', ' = 1'];
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const compiled = ['&&', '||', '??'].map((operator) => {
    const source = `$A ${operator} $A.$B`;
    return { source, pattern: compilePattern(source), pass: createRewritePass({ pattern: source, to: 'x' }), operator };
  });
  const seen = new Set();
  const counts = { texts: 0, matched: 0, dropped: 0, recovered: 0 };
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; ) {
    const { source, pattern, pass, operator } = pick(compiled);
    const left = pick(operands);
    const right = Math.random() < 0.7 ? left : pick(operands);
    const open = Math.random() < 0.3 ? '(' : '';
    const text = (Math.random() < 0.3 ? pick(before) : '') + pick(before) + left + pick(operators).replace('&&', operator) + open + (Math.random() < 0.3 ? `(${right})` : right) + (Math.random() < 0.8 ? '.b' : '.\nb') + (open ? ')' : '') + pick(after);
    if (seen.has(source + text)) continue;
    seen.add(source + text);
    counts.texts++;
    for (const path of ['a.ts', 'a.js']) {
      const sourceFile = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKindFor(path));
      if (findPatternMatches(pattern, sourceFile).length === 0) continue;
      counts.matched++;
      if (!passMatches(pass, text, path)) {
        if (sourceFile.parseDiagnostics.length > 0) counts.recovered++;
        else if (++counts.dropped <= 20) console.log(`  FALSE DROP ${source}: ${JSON.stringify(text)}`);
      }
      break;
    }
  }
  console.log(`fuzz: ${counts.texts} texts, ${counts.matched} with a match, ${counts.dropped} skipped in valid code, ${counts.recovered} in code with syntax errors (the parser's recovery)`);
  return counts.dropped;
}
