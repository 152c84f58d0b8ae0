// Monorepo scale benchmark (`npm run bench:monorepo [-- --sizes 10,100,400] [-- --files 8]`):
// generates a synthetic workspace monorepo of N packages (solution-style root tsconfig with
// references, packages extending one base config, linked through node_modules/@bench/*), then
// measures two type-aware runs, each per project (how codemorph runs a monorepo) and as one
// Project over the whole tree (`--tsconfig tsconfig.all.json`):
//   - rename: a core package's export used by every file of every package (a project pass);
//   - nullish-coalescing over everything (a type-aware file pass).
// Wall time, CPU (user+sys of the process tree) and peak RSS (sampled) per run; dry runs, no writes.
// `--max-old-space-size <MB>` caps the heap of each run (shows what fits where); `--runs rename`
// or `--runs nullish` runs one of the two; `--single-up-to N` skips the one-Project run above N.
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(REPO, 'bin', 'codemorph.cjs');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const SIZES = option('sizes', '10,100,400').split(',').map(Number);
const FILES = Number(option('files', '8'));
const HEAP = option('max-old-space-size', undefined);
const SINGLE_UP_TO = Number(option('single-up-to', '400'));
const log = (text) => process.stderr.write(`${text}\n`);

/**
 * What package i imports: the core (pkg-0), the first package of its group of 10 and its
 * predecessor in the group. Domain clusters, as real monorepos have them: what a package reaches
 * (its program) is bounded by its group, not by N. (A chain over all packages would make every
 * program hold every package below it, which no layout by project can help.)
 */
function depsOf(i) {
  if (i === 0) return [];
  const first = Math.floor(i / 10) * 10;
  return [...new Set([0, first, i - 1 >= first ? i - 1 : 0])].filter((dep) => dep !== i).sort((a, b) => a - b);
}

function fileText(i, j, deps) {
  const others = deps.filter((dep) => dep !== 0);
  const imports = others.map((dep) => `import { helper${dep} } from '@bench/pkg-${dep}';`).join('\n');
  const uses = others.map((dep) => `  total += helper${dep}(opts.label ?? '').length;`).join('\n');
  return `import { track, type BenchEvent } from '@bench/pkg-0';
${imports}

export interface Options${i}_${j} {
  label?: string | null;
  retries?: number;
  tags?: readonly string[];
}

const DEFAULTS${i}_${j}: Options${i}_${j} = { label: 'p${i}f${j}', retries: 2 };

/** Runs step ${j} of package ${i}. */
export function run${i}_${j}(options: Options${i}_${j} | undefined, extra?: Options${i}_${j}): number {
  const opts = options || DEFAULTS${i}_${j};
  const more = extra || {};
  let total = opts.retries ?? 0;
${uses}
  const event: BenchEvent = { name: 'run${i}_${j}', value: total };
  track(event);
  for (const tag of more.tags ?? []) {
    track({ name: tag, value: tag.length });
  }
  return total;
}

export class Step${i}_${j} {
  private cache: Map<string, number> | undefined;

  measure(key: string): number {
    this.cache = this.cache || new Map();
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const value = run${i}_${j}({ label: key });
    this.cache.set(key, value);
    track({ name: 'measure', value });
    return value;
  }
}
`;
}

function write(path, text) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

/** Generates the tree once per (N, files); returns { dir, files, lines }. */
function generate(n) {
  const dir = join(REPO, '.bench-cache', `monorepo-${n}x${FILES}`);
  let files = 0;
  let lines = 0;
  const put = (path, text) => {
    write(join(dir, path), text);
    if (path.endsWith('.ts')) {
      files++;
      lines += text.split('\n').length - 1;
    }
  };
  rmSync(dir, { recursive: true, force: true });
  put('package.json', JSON.stringify({ name: 'bench-monorepo', private: true, type: 'module', workspaces: ['packages/*'] }, null, 2));
  put('tsconfig.base.json', JSON.stringify({ compilerOptions: { composite: true, strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, types: [] } }, null, 2));
  put('tsconfig.json', JSON.stringify({ files: [], references: Array.from({ length: n }, (_, i) => ({ path: `packages/pkg-${i}` })) }, null, 2));
  // The single-Project comparison: one config that includes every package's sources.
  put('tsconfig.all.json', JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { composite: false, noEmit: true }, include: ['packages/*/src'] }, null, 2));
  for (let i = 0; i < n; i++) {
    const pkg = `packages/pkg-${i}`;
    const deps = depsOf(i);
    put(`${pkg}/package.json`, JSON.stringify({ name: `@bench/pkg-${i}`, version: '1.0.0', type: 'module', exports: { '.': { types: './src/index.ts', default: './dist/index.js' } } }, null, 2));
    put(`${pkg}/tsconfig.json`, JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { rootDir: 'src', outDir: 'dist' }, include: ['src'], references: deps.map((dep) => ({ path: `../pkg-${dep}` })) }, null, 2));
    const index = Array.from({ length: FILES }, (_, j) => `export * from './step${j}.js';`);
    index.push(`\nexport function helper${i}(text: string): string {\n  return text.trim() || 'pkg-${i}';\n}\n`);
    if (i === 0) {
      index.unshift(`export { track, type BenchEvent } from './track.js';`);
      put(`${pkg}/src/track.ts`, `export interface BenchEvent {\n  name: string;\n  value: number;\n}\n\nconst events: BenchEvent[] = [];\n\n/** Records an event. */\nexport function track(event: BenchEvent): void {\n  events.push(event);\n}\n`);
    }
    put(`${pkg}/src/index.ts`, index.join('\n'));
    for (let j = 0; j < FILES; j++) {
      put(`${pkg}/src/step${j}.ts`, i === 0 ? fileText(0, j, []).replace(/import \{ track, type BenchEvent \} from '@bench\/pkg-0';/, "import { track, type BenchEvent } from './track.js';") : fileText(i, j, deps));
    }
    mkdirSync(join(dir, 'node_modules/@bench'), { recursive: true });
    symlinkSync(`../../${pkg}`, join(dir, 'node_modules/@bench', `pkg-${i}`), 'dir');
  }
  return { dir, files, lines };
}

const ALL_RUNS = [
  { label: 'rename (cross-package)', id: 'rename', args: ['rename', '--option', 'symbol=packages/pkg-0/src/track.ts#track', '--option', 'to=recordEvent'] },
  { label: 'nullish-coalescing (all)', id: 'nullish', args: ['nullish-coalescing'] },
];
const RUNS = ALL_RUNS.filter((run) => option('runs', 'rename,nullish').split(',').includes(run.id));

async function codemorph(dir, run, single) {
  const heap = HEAP ? [`--max-old-space-size=${HEAP}`] : [];
  const extra = single ? ['--tsconfig', 'tsconfig.all.json'] : [];
  return measure(process.execPath, [...heap, BIN, 'run', ...run.args, 'packages', '-q', '--no-color', '--no-gitignore', ...extra], { cwd: dir });
}

const rows = [];
for (const n of SIZES) {
  const tree = generate(n);
  log(`monorepo N=${n}: ${tree.files} files, ${tree.lines} lines`);
  for (const run of RUNS) {
    for (const single of [false, true]) {
      if (single && n > SINGLE_UP_TO) continue;
      const result = await codemorph(tree.dir, run, single);
      const row = { n, files: tree.files, lines: tree.lines, run: run.label, mode: single ? 'one Project' : 'per project', wall: result.wallMs / 1000, cpu: result.cpuMs / 1000, peakMb: result.peakMb, code: result.code };
      rows.push(row);
      const status = result.code === 0 || result.code === 1 ? '' : `  (exit ${result.code}: ${result.stderr.trim().split('\n').at(-1)})`;
      log(`  ${row.run.padEnd(26)} ${row.mode.padEnd(12)} ${row.wall.toFixed(1).padStart(6)} s wall ${row.cpu.toFixed(1).padStart(6)} s CPU ${row.peakMb.toFixed(0).padStart(6)} MB${status}`);
    }
  }
}

const fmt = (value, digits = 1) => value.toFixed(digits);
process.stdout.write(`\n| packages | files | lines | run | mode | wall | CPU | peak RSS |\n|---|---|---|---|---|---|---|---|\n`);
for (const row of rows) {
  const failed = row.code === 0 || row.code === 1 ? '' : ` (exit ${row.code})`;
  process.stdout.write(`| ${row.n} | ${row.files} | ${row.lines} | ${row.run} | ${row.mode} | ${fmt(row.wall)} s${failed} | ${fmt(row.cpu)} s | ${fmt(row.peakMb, 0)} MB |\n`);
}
if (existsSync(join(REPO, '.bench-cache')) && !args.includes('--keep')) {
  for (const n of SIZES) rmSync(join(REPO, '.bench-cache', `monorepo-${n}x${FILES}`), { recursive: true, force: true });
}
