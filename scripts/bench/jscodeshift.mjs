#!/usr/bin/env node
// The same jscodeshift transform over a few thousand real files: codemorph's jscodeshift engine
// against the stock `jscodeshift` CLI, same worker count, both dry (nothing written).
//
//   npm run build && node scripts/bench/jscodeshift.mjs [--files=3000] [--workers=1] [--runs=2]
//
// Corpus: JavaScript files of the packages installed under node_modules (Babel, lodash, recast,
// ast-types, ...), copied into a temp folder so that neither tool skips them as node_modules or
// git-ignored. Transform: js-codemod's object-shorthand (vendored in __testfixtures__/compat/).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const found = process.argv.find((item) => item.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
};
const maxFiles = Number(arg('files', '3000'));
const workers = Number(arg('workers', '1'));
const runs = Number(arg('runs', '2'));
const transform = resolve(root, arg('transform', '__testfixtures__/compat/js-codemod/transforms/object-shorthand.js'));

function walk(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test' && entry.name !== '__tests__' && entry.name !== '.bin') walk(path, out);
    } else if (entry.isFile() && /\.(js|cjs)$/.test(entry.name) && !/\.min\.js$/.test(entry.name)) {
      const size = statSync(path).size;
      if (size > 0 && size < 200_000) out.push(path);
    }
  }
  return out;
}

const corpus = join(tmpdir(), `codemorph-bench-jscodeshift-${maxFiles}`);
const sources = walk(join(root, 'node_modules'), []).slice(0, maxFiles);
if (!existsSync(join(corpus, '.done'))) {
  for (const source of sources) {
    const target = join(corpus, relative(join(root, 'node_modules'), source));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
  copyFileSync(transform, join(corpus, '.done'));
}
const files = walk(corpus, []).length;
let bytes = 0;
for (const file of walk(corpus, [])) bytes += statSync(file).size;

// Wall time is what users feel, but on a busy machine it is mostly waiting; CPU time (user+sys,
// from /usr/bin/time where present) is the steadier number to compare.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function time(label, command, args) {
  let best = { wall: Infinity, cpu: NaN, rssMb: NaN };
  let last;
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    last = gnuTime
      ? spawnSync(gnuTime, ['-f', 'CPU %U %S %M', command, ...args], { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 30 })
      : spawnSync(command, args, { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 30 });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const usage = /CPU ([\d.]+) ([\d.]+) (\d+)/.exec(last.stderr ?? '');
    const cpu = usage ? (Number(usage[1]) + Number(usage[2])) * 1000 : NaN;
    if (wall < best.wall) best = { wall, cpu, rssMb: usage ? Number(usage[3]) / 1024 : NaN };
  }
  console.log(
    `${label.padEnd(12)} wall ${(best.wall / 1000).toFixed(2)} s   cpu ${(best.cpu / 1000).toFixed(2)} s   max rss ${best.rssMb.toFixed(0)} MB   (exit ${last.status})`,
  );
  return best;
}

console.log(`corpus: ${files} files, ${(bytes / 1e6).toFixed(1)} MB (${corpus}); transform: ${relative(root, transform)}; workers: ${workers}; best of ${runs}`);
const stock = time('jscodeshift', process.execPath, [
  join(root, 'node_modules/jscodeshift/bin/jscodeshift.js'),
  '-t', transform, '--dry', '--silent', `--cpus=${workers}`, '--extensions=js,cjs', '--parser=babel', '.',
]);
const ours = time('codemorph', process.execPath, [
  // --check: no diff printed (jscodeshift --dry --silent prints none either); exit 1 = would change.
  join(root, 'bin/codemorph.cjs'), 'run', transform, '.', '--check', '--no-cache', '--quiet', '--no-progress', '--no-gitignore',
  '--extensions=js,cjs', '--parser=babel', `--jobs=${workers}`,
]);
console.log(
  `ratio codemorph/jscodeshift: wall ${(ours.wall / stock.wall).toFixed(2)}x, cpu ${(ours.cpu / stock.cpu).toFixed(2)}x ` +
    `(${cpus().length} cores, load average ${loadavg()[0].toFixed(1)})`,
);
