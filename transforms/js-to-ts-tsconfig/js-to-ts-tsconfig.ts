import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import type { ts as TS } from 'ts-morph';
import { definePass } from '../../src/core/pass.js';
import { findTsconfig } from '../../src/runner/project-units.js';
import { isInside } from '../../src/core/paths.js';
import { configEdits } from './edit-config.js';

export type JsToTsTsconfigOptions = {
  strict: boolean;
  outDir: string;
};

/** The newest ECMAScript target every Node version the package supports runs natively. */
export function targetFor(engines: string | undefined): string {
  const minimum = engines && semver.validRange(engines) ? semver.minVersion(engines)?.major : undefined;
  if (minimum === undefined) return 'es2022';
  if (minimum >= 22) return 'es2024';
  if (minimum >= 20) return 'es2023';
  if (minimum >= 18) return 'es2022';
  if (minimum >= 16) return 'es2021';
  if (minimum >= 14) return 'es2020';
  return 'es2019';
}

interface Manifest {
  readonly type?: string;
  readonly engines?: { readonly node?: string };
}

function readManifest(root: string): Manifest {
  const path = join(root, 'package.json');
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/** A new tsconfig.json for the renamed files (NodeNext: the package's "type" picks ESM or CommonJS per file, as Node does). */
export function newConfig(manifest: Manifest, options: { strict: boolean; outDir: string; jsx: boolean }): string {
  const compilerOptions: Record<string, unknown> = {
    target: targetFor(manifest.engines?.node),
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: options.strict,
    esModuleInterop: true,
    skipLibCheck: true,
    forceConsistentCasingInFileNames: true,
    outDir: options.outDir,
    ...(options.jsx ? { jsx: 'react-jsx' } : {}),
  };
  const config = {
    compilerOptions,
    include: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    exclude: ['node_modules', options.outDir],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export const pass = definePass<JsToTsTsconfigOptions>({
  id: 'js-to-ts-tsconfig',
  title: 'Create or update tsconfig.json for TypeScript sources',
  description:
    'Run after js-to-ts-rename. Without a tsconfig.json in or above the root, creates one: module NodeNext (package.json "type" decides ESM or CommonJS per file, as in Node), ' +
    'target from the lowest Node version in "engines" (es2022 when none), strict by option, the TypeScript extensions included, no allowJs. ' +
    'With one inside the root, removes allowJs and checkJs and turns JavaScript patterns in "include" and "files" into their TypeScript names, keeping comments and formatting. ' +
    'A tsconfig above the root (a monorepo\'s) is left alone.',
  needs: 'types',
  version: '1',
  options: {
    strict: { type: 'boolean', default: true, description: 'strict type checking in a created tsconfig (an existing one keeps its own)' },
    outDir: { type: 'string', default: 'dist', description: 'where tsc writes the compiled JavaScript, in a created tsconfig' },
  },
  visitProject(ctx) {
    const existing = findTsconfig(ctx.root);
    if (existing && !isInside(ctx.root, existing)) return;
    if (!existing) {
      const jsx = ctx.files.some((file) => /\.tsx$/.test(file));
      ctx.fileOps.createFile(join(ctx.root, 'tsconfig.json'), newConfig(readManifest(ctx.root), { strict: ctx.options.strict, outDir: ctx.options.outDir, jsx }));
      ctx.stat('tsconfig created');
      return;
    }
    const text = readFileSync(existing, 'utf8');
    const json: TS.JsonSourceFile = ctx.ts.parseJsonText(existing, text);
    const edits = configEdits(ctx.ts, json);
    const sink = ctx.edits(existing);
    for (const edit of edits) sink.replaceRange(edit.start, edit.end, edit.text);
    if (edits.length > 0) ctx.stat('tsconfig updated');
  },
});
