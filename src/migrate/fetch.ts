import { childProcess } from '../core/lazy-builtins.js';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodemorphError } from '../core/errors.js';

export interface FetchedPackage {
  /** The unpacked package (its package.json, migrations and transforms). */
  readonly dir: string;
  /** Removes the temporary folder. */
  dispose(): void;
}

function lastLine(error: unknown): string {
  const stderr = (error as { stderr?: Buffer | string }).stderr?.toString() ?? '';
  const lines = stderr.split('\n').map((line) => line.replace(/^npm (error|ERR!) /, '').trim()).filter(Boolean);
  return lines.find((line) => !/^(code|errno|syscall|path) /.test(line)) ?? (error as Error).message.split('\n')[0] ?? 'failed';
}

/**
 * Fetches `name@spec` (a version, a range, a tag, or anything npm takes: `file:../lib.tgz`) into
 * a temporary folder with `npm pack` and unpacks it there. The project's node_modules and
 * lockfile are never touched, and no install scripts run. `cwd` is where relative specs resolve.
 */
export function fetchPackage(cwd: string, name: string, spec: string): FetchedPackage {
  const dir = mkdtempSync(join(tmpdir(), 'codemorph-migrate-'));
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const packed = join(dir, 'packed');
    mkdirSync(packed);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const output = childProcess().execFileSync(npm, ['pack', `${name}@${spec}`, '--json', '--ignore-scripts', '--pack-destination', packed], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
      // Only the package itself: no update check, no funding or audit requests on the side.
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
    });
    const [info] = JSON.parse(output.slice(output.indexOf('['))) as Array<{ filename: string }>;
    // The tar in every supported OS (Windows 10 and later too) unpacks npm's gzipped tarballs.
    childProcess().execFileSync('tar', ['-xzf', join(packed, info!.filename), '-C', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    return { dir: join(dir, 'package'), dispose };
  } catch (error) {
    dispose();
    throw new CodemorphError('io', `cannot fetch ${name}@${spec}: ${lastLine(error)}`);
  }
}
