import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ts as TS } from 'ts-morph';
import { isInside } from '../../src/core/paths.js';
import { movedPath, type MovePlan } from './plan.js';

/** Where a package's build puts the output of each source: `rootDir` mirrored into `outDir`. */
export interface OutputLayout {
  readonly rootDir: string;
  readonly outDirs: readonly string[];
}

/** The layout of the tsconfig.json next to a package.json, when it says both `rootDir` and an output folder. */
export function outputLayout(ts: typeof TS, packageDir: string): OutputLayout | undefined {
  const config = join(packageDir, 'tsconfig.json');
  if (!existsSync(config)) return undefined;
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined };
  const options = ts.getParsedCommandLineOfConfigFile(config, undefined, host)?.options;
  const outDirs = [options?.outDir, options?.declarationDir].filter((dir): dir is string => typeof dir === 'string');
  return options?.rootDir && outDirs.length > 0 ? { rootDir: options.rootDir, outDirs } : undefined;
}

// Output extension → the source extensions that produce it (longest first, so `.d.ts` wins over `.ts`).
const OUTPUTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['.d.ts.map', ['.ts', '.tsx']],
  ['.d.mts', ['.mts']],
  ['.d.cts', ['.cts']],
  ['.d.ts', ['.ts', '.tsx']],
  ['.js.map', ['.ts', '.tsx', '.js', '.jsx']],
  ['.mjs', ['.mts', '.mjs']],
  ['.cjs', ['.cts', '.cjs']],
  ['.js', ['.ts', '.tsx', '.js', '.jsx']],
];

/**
 * Where a build output (`./dist/utils/index.js`, or a folder `./dist/utils`) of a moved source
 * will be once the package is built again; undefined when its source did not move.
 */
export function movedOutput(plan: MovePlan, layout: OutputLayout, absolute: string): string | undefined {
  const { rootDir } = layout;
  for (const outDir of layout.outDirs) {
    if (!isInside(outDir, absolute)) continue;
    const rel = relative(outDir, absolute);
    const output = OUTPUTS.find(([extension]) => rel.endsWith(extension));
    if (output) {
      const stem = rel.slice(0, -output[0].length);
      for (const extension of output[1]) {
        const next = plan.moves.get(join(rootDir, stem + extension));
        if (next && isInside(rootDir, next)) return join(outDir, relative(rootDir, next).slice(0, -extension.length) + output[0]);
      }
    }
    const folder = movedPath(plan, join(rootDir, rel));
    if (folder && plan.folder && isInside(rootDir, folder)) return join(outDir, relative(rootDir, folder));
  }
  return undefined;
}
