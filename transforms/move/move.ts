import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { ts as TS } from 'ts-morph';
import { UsageError } from '../../src/core/errors.js';
import { definePass, type ProjectContext } from '../../src/core/pass.js';
import { isEditable } from '../rename/locate.js';
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

function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Old path → new path of every file the move takes along. */
function planMoves(root: string, from: string, to: string): Map<string, string> {
  const source = resolve(root, from);
  let destination = resolve(root, to);
  const moves = new Map<string, string>();
  if (statSync(source).isDirectory()) {
    for (const file of filesUnder(source)) moves.set(file, join(destination, relative(source, file)));
  } else {
    if (to.endsWith('/') || (existsSync(destination) && statSync(destination).isDirectory())) {
      destination = join(destination, basename(source));
    }
    moves.set(source, destination);
  }
  for (const [, target] of moves) {
    if (existsSync(target)) throw new UsageError(`move: ${relative(root, target)} already exists`);
  }
  return moves;
}

interface Rewriter {
  readonly ctx: ProjectContext;
  readonly moves: ReadonlyMap<string, string>;
  readonly aliases: PathAliases;
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
  return throughAlias(rewriter.aliases, alias, written) ?? relativeSpecifier(newImporter, written);
}

export const pass = definePass({
  id: 'move',
  title: 'Move files or folders and update every import',
  description:
    'Moves a file or a folder and rewrites every module path that points at what moved (import/export declarations, import(), require(), import types, declare module) and every relative path inside what moved. Keeps the style each specifier was written in: extensionless, `.js` extensions in ESM TypeScript, index elision, tsconfig `paths` aliases (falling back to a relative path when no alias covers the new place). Refuses when the destination exists.',
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
    const moves = planMoves(ctx.root, from, to);
    const options = ctx.program.getCompilerOptions();
    const cache = ts.createModuleResolutionCache(ctx.root, (name) => name, options);
    const rewriter: Rewriter = {
      ctx,
      moves,
      aliases: pathAliases(options, ctx.root),
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
    for (const [oldPath, newPath] of moves) ctx.fileOps.moveFile(oldPath, newPath);
    // In a monorepo every project plans the same moves; each counts the files it owns.
    ctx.stat('files moved', [...moves.keys()].filter((path) => ctx.owns(path)).length);
  },
});
