// `npm run build`: a clean dist/ (so a pack never ships files of deleted sources), tsc, then the
// hand-written CommonJS module and its declarations that tsc does not emit (src/core/typescript.cjs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const COPIED = ['src/core/typescript.cjs', 'src/core/typescript.d.cts'];

rmSync(`${root}dist`, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/package.json').replace(/package\.json$/, 'bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 2);
for (const path of COPIED) copyFileSync(`${root}${path}`, `${root}dist/${path}`);
