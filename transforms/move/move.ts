import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ts as TS } from 'ts-morph';
import { UsageError } from '../../src/core/errors.js';
import { definePass, type ProjectContext } from '../../src/core/pass.js';
import { workspacePackageDirs } from '../../src/workspace/workspaces.js';
import { isEditable } from '../rename/locate.js';
import { configEdits, configFiles, movedConfigPath } from './configs.js';
import { planMoves, type MovePlan } from './plan.js';
import {
  aliasOf,
  moduleReferences,
  pathAliases,
  relativeSpecifier,
  resolveOnDisk,
  styleOf,
  throughAlias,
  writtenPath,
  type PathAliases,
} from './specifiers.js';

interface Rewriter {
  readonly ctx: ProjectContext;
  readonly moves: ReadonlyMap<string, string>;
  readonly aliases: PathAliases;
  /** The same aliases as the tsconfig will have them after the move (their targets follow it). */
  readonly aliasesAfter: PathAliases;
  readonly resolve: (specifier: string, fromFile: string) => string | undefined;
}

/** The specifier after the move, or undefined when it stays as it is. */
function rewrite(rewriter: Rewriter, specifier: string, importer: string): string | undefined {
  const target = rewriter.resolve(specifier, importer);
  if (!target) return undefined;
  const newTarget = rewriter.moves.get(target) ?? target;
  const newImporter = rewriter.moves.get(importer) ?? importer;
  if (newTarget === target && newImporter === importer) return undefined;
  const style = styleOf(specifier, target);
  const written = writtenPath(style, newTarget);
  if (specifier.startsWith('.')) return relativeSpecifier(newImporter, written);
  const alias = aliasOf(rewriter.aliases, specifier);
  if (!alias) return undefined; // a package: moving project files does not change it
  if (newTarget === target) return undefined; // an alias does not depend on where the importer is
  return throughAlias(rewriter.aliasesAfter, alias, written) ?? relativeSpecifier(newImporter, written);
}

/** `paths` substitutions as absolute paths after the move (configs.ts rewrites the tsconfig alike). */
function aliasesAfterMove(aliases: PathAliases, plan: MovePlan): PathAliases {
  const entries = aliases.entries.map(({ pattern, substitutions }) => ({
    pattern,
    substitutions: substitutions.map((substitution) => resolve(aliases.base, movedConfigPath(plan, substitution, aliases.base, aliases.base))),
  }));
  return { base: aliases.base, entries };
}

export const pass = definePass({
  id: 'move',
  title: 'Move files or folders and update every import',
  description:
    'Moves a file or a folder and rewrites every module path that points at what moved (import/export declarations, import(), require(), import types, declare module) and every relative path inside what moved. Keeps the style each specifier was written in: extensionless, `.js` extensions in ESM TypeScript, index elision, tsconfig `paths` aliases (falling back to a relative path when no alias covers the new place). Also updates the paths configs name: tsconfig `paths`, `references`, `extends`, `files`/`include`, and package.json `main`/`types`/`exports`/`imports`/`typesVersions` (build outputs under `outDir` follow their moved sources). Refuses when the destination exists.',
  needs: 'types',
  version: '1',
  options: {
    from: { type: 'string', required: true, description: 'file or folder to move, relative to the project root' },
    to: { type: 'string', required: true, description: 'its new path (a file moved into an existing folder, or one ending in /, keeps its name)' },
  },
  visitProject(ctx) {
    const { ts } = ctx;
    const from = String(ctx.options.from);
    const to = String(ctx.options.to);
    if (!existsSync(resolve(ctx.root, from))) {
      if (existsSync(resolve(ctx.root, to))) {
        ctx.stat('already moved');
        return;
      }
      throw new UsageError(`move: ${from} does not exist`);
    }
    const plan = planMoves(ctx.root, from, to);
    const { moves } = plan;
    const options = ctx.program.getCompilerOptions();
    const cache = ts.createModuleResolutionCache(ctx.root, (name) => name, options);
    const aliases = pathAliases(options, ctx.root);
    const rewriter: Rewriter = {
      ctx,
      moves,
      aliases,
      aliasesAfter: aliasesAfterMove(aliases, plan),
      resolve: (specifier, fromFile) =>
        ts.resolveModuleName(specifier, fromFile, options, ts.sys, cache).resolvedModule?.resolvedFileName ??
        resolveOnDisk(fromFile, specifier),
    };
    for (const sourceFile of ctx.program.getSourceFiles()) {
      if (!isEditable(ctx.root, sourceFile.fileName) || !ctx.owns(sourceFile.fileName)) continue;
      let edits = 0;
      for (const reference of moduleReferences(ts, sourceFile)) {
        const next = rewrite(rewriter, reference.specifier, sourceFile.fileName);
        if (next === undefined || next === reference.specifier) continue;
        const literal: TS.StringLiteralLike = reference.literal;
        ctx.edits(sourceFile.fileName).replaceRange(literal.getStart(sourceFile) + 1, literal.getEnd() - 1, next);
        edits++;
      }
      if (edits > 0) ctx.stat('module paths updated', edits);
    }
    // Config files belong to no project: only the unit that edits unowned files rewrites them.
    for (const config of configFiles(ctx.root)) {
      if (!ctx.owns(config)) continue;
      const edits = configEdits(ts, config, plan);
      for (const edit of edits) ctx.edits(config).replaceRange(edit.start, edit.end, edit.text);
      if (edits.length > 0) ctx.stat('config paths updated', edits.length);
    }
    for (const dir of workspacePackageDirs(ctx.root)) {
      const manifest = join(dir, 'package.json');
      const next = moves.get(manifest);
      if (!next || !ctx.owns(manifest)) continue;
      const shown = (path: string): string => relative(ctx.root, path).split('\\').join('/') || '.';
      ctx.warn(manifest, `workspace package ${shown(dir)} moves to ${shown(dirname(next))}: check that the workspaces patterns cover it, and reinstall so node_modules links point at it`);
    }
    for (const [oldPath, newPath] of moves) ctx.fileOps.moveFile(oldPath, newPath);
    // In a monorepo every project plans the same moves; each counts the files it owns.
    ctx.stat('files moved', [...moves.keys()].filter((path) => ctx.owns(path)).length);
  },
});
