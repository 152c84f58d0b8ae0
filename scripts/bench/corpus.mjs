// Builds the benchmark corpus from exact npm package versions, cached in .bench-cache/.
// Tarballs come from `npm pack` (no dependencies installed, no scripts run).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The packages and the folder of each that holds its sources (lodash: the top level only). */
export const PACKAGES = [
  { spec: 'effect@4.1.0', dir: 'src' },
  { spec: 'rxjs@7.8.2', dir: 'src' },
  { spec: 'tldraw@5.1.1', dir: 'src' },
  { spec: '@blueprintjs/core@6.20.0', dir: 'src' },
  { spec: 'three@0.187.0', dir: 'src' },
  { spec: 'eslint@10.15.0', dir: 'lib' },
  { spec: 'lodash@4.18.1', dir: '.', topLevelOnly: true },
];

const SOURCE = /\.(ts|tsx|js|mjs|cjs|jsx)$/;
const MAX_BYTES = 1024 * 1024;

function keep(path, size) {
  if (!SOURCE.test(path) || /\.d\.[cm]?ts$/.test(path) || /\.min\.js$/.test(path)) return false;
  return size <= MAX_BYTES;
}

function walk(dir, topLevelOnly, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!topLevelOnly && entry.name !== 'node_modules') walk(path, false, out);
    } else if (entry.isFile() && keep(path, statSync(path).size)) out.push(path);
  }
  return out;
}

function folderName(spec) {
  return spec.replace(/^@/, '').replace(/[/@]/g, '-');
}

/** Downloads and unpacks each package once; returns the sorted absolute paths of the corpus. */
export function buildCorpus(cacheDir, log) {
  const root = join(cacheDir, 'corpus');
  const listFile = join(root, 'files.txt');
  if (existsSync(listFile)) return { root, files: readFileSync(listFile, 'utf8').split('\n').filter(Boolean) };
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'tarballs'), { recursive: true });
  const files = [];
  for (const { spec, dir, topLevelOnly } of PACKAGES) {
    log(`corpus: fetching ${spec}`);
    const out = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', join(root, 'tarballs')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const tarball = join(root, 'tarballs', out.trim().split('\n').pop());
    const target = join(root, 'src', folderName(spec));
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['xzf', tarball, '-C', target, '--strip-components=1']);
    files.push(...walk(join(target, dir), Boolean(topLevelOnly), []));
  }
  files.sort();
  writeFileSync(listFile, `${files.join('\n')}\n`);
  return { root, files };
}

export function countLines(files) {
  let lines = 0;
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(file);
    bytes += text.length;
    for (let i = 0; i < text.length; i++) if (text[i] === 10) lines++;
  }
  return { files: files.length, lines, bytes };
}

/** A stable ~10% of the files: the first byte of the path's hash picks them, not the order. */
export function slice10(root, files) {
  return files.filter((file) => createHash('sha1').update(relative(root, file)).digest()[0] % 10 === 0);
}

/**
 * The corpus as a directory tree of hard links: `copies` times, each under its own folder
 * (×10 costs inodes, not disk). Rebuilt only when missing.
 */
export function linkTree(root, files, target, copies) {
  const marker = join(target, '.complete');
  if (existsSync(marker)) return target;
  rmSync(target, { recursive: true, force: true });
  for (let copy = 0; copy < copies; copy++) {
    for (const file of files) {
      const destination = join(target, `copy-${copy}`, relative(join(root, 'src'), file));
      mkdirSync(dirname(destination), { recursive: true });
      linkSync(file, destination);
    }
  }
  writeFileSync(marker, '');
  return target;
}
