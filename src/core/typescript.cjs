// ts-morph bundles TypeScript's compiler as @ts-morph/common/dist/typescript.js (module.exports =
// the `ts` namespace). Requiring it alone costs ~170 ms where all of ts-morph costs ~360 ms, so the
// syntax path loads just this: the module ts-morph wraps as its `ts`, one copy in memory. This file is
// CommonJS on purpose: an ESM import of the 9 MB file would make Node scan it for named exports.
// Which file that is: typescript-file.cjs.
// Plain JavaScript with a hand-written typescript.d.cts beside it (scripts/build.mjs copies both
// into dist/): TypeScript cannot express "this value, typed as ts-morph's `ts` namespace" in a
// source file without importing ts-morph at run time.
'use strict';
const { requireCached } = require('./compile-cache.cjs');
const { typescriptFile: file, typescriptOriginal: original } = require('./typescript-file.cjs');

// Code of most kinds, parsed once when the compile cache is made (compile-cache.cjs): the parser's
// functions V8 compiled for it are then in the cache, and later runs do not compile them again.
const SAMPLE = `import x, { y as z } from './m';
export * from 'n';
/** @param {string} a */
export default async function* f<T extends object>(a: T, ...rest: number[]): AsyncGenerator<T> {
  for await (const [k, { v = 1 }] of Object.entries(a ?? {})) yield k?.v! as unknown as T;
  label: for (let i = 0, j = 1; i < 10; i++) { if (i % 2) continue label; else break; }
  try { throw new Error(\`\${a} /re/\`); } catch ({ message }) { void message; } finally { debugger; }
  switch (typeof a) { case 'string': return; default: }
  const r = /a[b-c]+\\//gu, o = { a, [z]: 1, get g() { return 2; }, m() {}, ...rest };
  do { x &&= y ||= z ??= 0; } while (!x);
  return delete o.a, void 0, o instanceof Object && 'a' in o ? (x) => x : function () {};
}
@dec() export abstract class C<T> extends B implements I { #p = 1; static { } private readonly q?: T; constructor(public w: string) { super(); } abstract m(): void; }
enum E { A = 1, B }
declare module 'q' { interface I { (a: number): string; new (): I; [k: string]: any; } }
type U<T> = T extends (infer R)[] ? R : keyof T | typeof x | \`t\${string}\` | { readonly [K in keyof T]-?: T[K] };
namespace N { export const n = <T,>(t: T) => t; }
`;
const JSX = 'const el = <div className="a" {...p}>{x ? <B /> : <>text</>}</div>;';

function warmUp(ts) {
  const visit = (node) => ts.forEachChild(node, visit);
  visit(ts.createSourceFile('sample.ts', SAMPLE, ts.ScriptTarget.Latest, true));
  visit(ts.createSourceFile('sample.jsx', JSX, ts.ScriptTarget.Latest, false));
}

// ts-morph requires the original path; the module loaded (from the minified copy, most often) is
// registered there too, so that it gets this very copy. If ts-morph came first, its copy is used.
function load() {
  const loaded = require.cache[original];
  if (loaded) return loaded.exports;
  const { exports } = requireCached(file, warmUp);
  require.cache[original] ??= require.cache[file];
  return exports;
}

// A named export (not `module.exports =`): Node's ESM loader finds `exports.ts` in this small file,
// and the declarations stay plain ES syntax, which every consumer's tooling reads.
exports.ts = load();
