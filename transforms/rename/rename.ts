import type { ts as TS } from 'ts-morph';
import { UsageError } from '../../src/core/errors.js';
import { definePass, type ProjectContext } from '../../src/core/pass.js';
import { findSymbol, isEditable, nodeAt } from './locate.js';

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** `import { bar as bar }` after the rename: write just `bar`. */
function collapseSpecifiers(ts: typeof TS, sourceFile: TS.SourceFile, replacements: Replacement[], to: string): Replacement[] {
  const result = [...replacements];
  for (const replacement of replacements) {
    const node = nodeAt(ts, sourceFile, replacement.start);
    const specifier = node.parent;
    if (!specifier || !(ts.isImportSpecifier(specifier) || ts.isExportSpecifier(specifier))) continue;
    if (!specifier.propertyName || !ts.isIdentifier(specifier.name)) continue;
    const alias = result.find((other) => other.start === specifier.name.getStart(sourceFile));
    const localName = alias ? alias.text : specifier.name.text;
    const importedName = specifier.propertyName === node ? replacement.text : specifier.propertyName.getText(sourceFile);
    if (importedName !== localName || importedName !== to) continue;
    const start = specifier.propertyName.getStart(sourceFile);
    const collapsed: Replacement = { start, end: specifier.getEnd(), text: to };
    for (let index = result.length - 1; index >= 0; index--) {
      if (result[index]!.start >= start && result[index]!.end <= specifier.getEnd()) result.splice(index, 1);
    }
    result.push(collapsed);
  }
  return result;
}

interface Location {
  readonly fileName: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The language service's rename with prefix/suffix text keeps every object's shape
 * (`{ foo }` → `{ foo: bar }`, `const { foo } = o` → `const { bar: foo } = o`) but stops at
 * re-exports (`export { foo } from './a'` → `export { bar as foo }`). This rename goes through
 * them: the specifier is renamed plainly and the search continues from it, so importers of the
 * re-export are renamed too, each with its own shape-keeping affixes.
 */
function renameLocations(ctx: ProjectContext, fileName: string, position: number, to: string): Location[] {
  const { ts } = ctx;
  const service = ctx.project.getLanguageService().compilerObject;
  const seen = new Set<string>();
  const found: Location[] = [];
  const queue = [{ fileName, position }];
  while (queue.length > 0) {
    const next = queue.shift()!;
    const locations = service.findRenameLocations(next.fileName, next.position, false, false, { providePrefixAndSuffixTextForRename: true }) ?? [];
    for (const location of locations) {
      const key = `${location.fileName}:${location.textSpan.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sourceFile = ctx.program.getSourceFile(location.fileName);
      if (!sourceFile) continue;
      const node = nodeAt(ts, sourceFile, location.textSpan.start);
      const reExport = node.parent && ts.isExportSpecifier(node.parent) && !node.parent.propertyName && Boolean(location.suffixText);
      if (reExport) queue.push({ fileName: location.fileName, position: location.textSpan.start });
      const text = reExport ? to : (location.prefixText ?? '') + to + (location.suffixText ?? '');
      found.push({ fileName: location.fileName, start: location.textSpan.start, end: location.textSpan.start + location.textSpan.length, text });
    }
  }
  return found;
}

/** `module#old` is gone and `module#to` exists: a second run has nothing to do. */
function alreadyRenamed(ctx: ProjectContext, spec: string, to: string): boolean {
  const hash = spec.lastIndexOf('#');
  if (hash <= 0) return false;
  try {
    findSymbol(ctx, spec);
    return false;
  } catch {
    const path = spec.slice(hash + 1).split('.');
    path[path.length - 1] = to;
    try {
      findSymbol(ctx, `${spec.slice(0, hash)}#${path.join('.')}`);
      return true;
    } catch {
      return false;
    }
  }
}

export const pass = definePass({
  id: 'rename',
  title: 'Rename a symbol everywhere in the project',
  description:
    'Renames a declaration and every reference to it across the project, as the TypeScript language service finds them: imports, exports, re-exports (renamed through), JSX, type positions, JSDoc @link, declaration files. Shorthand properties and destructuring keep their shape ({ foo } becomes { foo: bar }); `import { bar as bar }` is written `import { bar }`. Refuses what the language service refuses (library symbols, keywords) and names inside node_modules.',
  needs: 'types',
  version: '1',
  options: {
    symbol: { type: 'string', required: true, description: 'path/to/file.ts:line:col, module-path#exportName or module-path#Class.member' },
    to: { type: 'string', required: true, description: 'the new name' },
  },
  visitProject(ctx) {
    const { ts } = ctx;
    const to = String(ctx.options.to);
    if (!/^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(to)) throw new UsageError(`rename: "${to}" is not a valid identifier`);
    const spec = String(ctx.options.symbol);
    if (alreadyRenamed(ctx, spec, to)) {
      ctx.stat('already renamed');
      return;
    }
    const target = findSymbol(ctx, spec);
    const position = target.node.getStart(target.sourceFile);
    const service = ctx.project.getLanguageService().compilerObject;
    const info = service.getRenameInfo(target.sourceFile.fileName, position, { allowRenameOfImportPath: false });
    if (!info.canRename) throw new UsageError(`rename: cannot rename ${ctx.options.symbol}: ${info.localizedErrorMessage}`);
    const byFile = new Map<string, Replacement[]>();
    const locations = renameLocations(ctx, target.sourceFile.fileName, position, to);
    for (const location of locations) {
      // In a monorepo each tsconfig project renames in the files it owns (see ProjectContext.owns).
      if (!ctx.owns(location.fileName)) continue;
      if (!isEditable(ctx.root, location.fileName)) {
        ctx.stat('skipped outside the project');
        continue;
      }
      const list = byFile.get(location.fileName) ?? [];
      list.push({ start: location.start, end: location.end, text: location.text });
      byFile.set(location.fileName, list);
    }
    for (const [fileName, replacements] of byFile) {
      const sourceFile = ctx.program.getSourceFile(fileName)!;
      const sink = ctx.edits(fileName);
      for (const replacement of collapseSpecifiers(ts, sourceFile, replacements, to)) {
        sink.replaceRange(replacement.start, replacement.end, replacement.text);
      }
      ctx.stat('renamed', replacements.length);
    }
    if (locations.length === 0) ctx.warn(target.sourceFile.fileName, 'rename: no locations found', target.node);
  },
});
