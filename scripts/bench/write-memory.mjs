// Memory under --write: a run where every file changes, against the dry run of the same pass on
// the same tree, in one session. --write sets changes aside on disk past a fixed budget, so its
// peak should stay within a constant of the dry run's however large the change. Full: the corpus
// x10 (10M lines); `--quick`: the 10% slice.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, countLines, linkTree, slice10 } from './corpus.mjs';
import { measure } from './measure.mjs';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CACHE = join(REPO, '.bench-cache');
const BIN = join(REPO, 'bin', 'codemorph.cjs');
const PASS = join(REPO, 'scripts', 'bench', 'every-file-pass.mjs');
const quick = process.argv.includes('--quick');
const log = (text) => process.stderr.write(`${text}\n`);

const corpus = buildCorpus(CACHE, log);
const files = quick ? slice10(corpus.root, corpus.files) : corpus.files;
const copies = quick ? 1 : 10;
const size = countLines(files);
const lines = size.lines * copies;
const tree = join(CACHE, 'tree-write');
const fresh = () => {
  rmSync(tree, { recursive: true, force: true });
  // Hard links: a --write replaces each file by rename, so the corpus itself is never changed.
  linkTree(corpus.root, files, tree, copies);
};
const args = [BIN, 'run', PASS, '.', '--no-gitignore', '--no-color', '-q'];

fresh();
log(`dry run over ${lines.toLocaleString('en-US')} lines`);
const dry = await measure(process.execPath, args, { cwd: tree });
log('--write, every file changes');
const write = await measure(process.execPath, [...args, '--write', '--allow-dirty'], { cwd: tree });
rmSync(tree, { recursive: true, force: true });

const mb = (value) => Math.round(value);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const report = [
  `Machine: ${machine}; one run each; ${(size.files * copies).toLocaleString('en-US')} files, ${lines.toLocaleString('en-US')} lines, every file changes`,
  '',
  '| run | wall s | peak MB |',
  '|---|---:|---:|',
  `| dry run (diff) | ${(dry.wallMs / 1000).toFixed(1)} | ${mb(dry.peakMb)} |`,
  `| --write | ${(write.wallMs / 1000).toFixed(1)} | ${mb(write.peakMb)} |`,
  '',
  `--write peak minus dry-run peak: ${mb(write.peakMb - dry.peakMb)} MB; exit codes: ${dry.code},${write.code}`,
].join('\n');
mkdirSync(CACHE, { recursive: true });
writeFileSync(join(CACHE, quick ? 'write-memory-quick.md' : 'write-memory.md'), `${report}\n`);
process.stdout.write(`\n## codemorph: memory under --write\n\n${report}\n`);
if (dry.code !== 0 || write.code !== 0) process.exitCode = 1;
