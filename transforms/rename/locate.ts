import { isAbsolute, relative, resolve } from 'node:path';
import type { ts as TS } from 'ts-morph';
import { NotInProjectError, UsageError } from '../../src/core/errors.js';
import type { ProjectContext } from '../../src/core/pass.js';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs'];

/** A place in the project the refactor starts from: the name node of a declaration. */
export interface SymbolTarget {
  readonly sourceFile: TS.SourceFile;
  readonly node: TS.Node;
  readonly symbol: TS.Symbol;
}

/** True for files the refactors may edit: inside the root and not a dependency. */
export function isEditable(root: string, fileName: string): boolean {
  const rel = relative(root, fileName);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !/(^|[\\/])node_modules[\\/]/.test(rel);
}

/** A project file named by a root-relative (or absolute) path, its extension optional. */
export function resolveProjectFile(ctx: ProjectContext, spec: string): TS.SourceFile | undefined {
  const base = resolve(ctx.root, spec);
  const candidates = [base, ...SOURCE_EXTENSIONS.map((ext) => base + ext), ...SOURCE_EXTENSIONS.map((ext) => resolve(base, 'index' + ext))];
  // A `.js` name in ESM TypeScript means the `.ts` beside it.
  const stripped = base.replace(/\.(m|c)?jsx?$/, '');
  if (stripped !== base) candidates.push(...['.ts', '.tsx', '.mts', '.cts'].map((ext) => stripped + ext));
  for (const candidate of candidates) {
    const file = ctx.program.getSourceFile(candidate);
    if (file) return file;
  }
  return undefined;
}

/** The deepest node whose own text (trivia excluded) covers `position`. */
export function nodeAt(ts: typeof TS, sourceFile: TS.SourceFile, position: number): TS.Node {
  let current: TS.Node = sourceFile;
  for (;;) {
    const child: TS.Node | undefined = current.getChildren(sourceFile).find(
      (node) => node.getStart(sourceFile) <= position && position < node.getEnd(),
    );
    if (!child || child.kind === ts.SyntaxKind.EndOfFileToken) return current;
    current = child;
  }
}

function resolveAlias(ts: typeof TS, checker: TS.TypeChecker, symbol: TS.Symbol): TS.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function memberOf(ts: typeof TS, owner: TS.Symbol, name: string): TS.Symbol | undefined {
  const escaped = ts.escapeLeadingUnderscores(name);
  return owner.members?.get(escaped) ?? owner.exports?.get(escaped);
}

/**
 * Finds the declaration a refactor names: `path/to/file.ts:line:col` (1-based), or
 * `module-path#exportName`, or `module-path#Class.member` (members of classes, interfaces,
 * enums and namespaces, nested with dots). Throws a usage error saying what is missing.
 */
export function findSymbol(ctx: ProjectContext, spec: string, option = 'symbol'): SymbolTarget {
  const { ts, checker } = ctx;
  const position = /^(.*):(\d+):(\d+)$/.exec(spec);
  if (position && !spec.includes('#')) {
    const [, path, line, column] = position as unknown as [string, string, string, string];
    const sourceFile = resolveProjectFile(ctx, path);
    if (!sourceFile) throw new NotInProjectError(`${option}: no project file ${path}`);
    const offset = sourceFile.getPositionOfLineAndCharacter(Number(line) - 1, Number(column) - 1);
    const node = nodeAt(ts, sourceFile, offset);
    const symbol = checker.getSymbolAtLocation(node);
    if (!symbol) throw new UsageError(`${option}: nothing to resolve at ${spec} (point at a name)`);
    return { sourceFile, node, symbol };
  }
  const hash = spec.lastIndexOf('#');
  if (hash <= 0) throw new UsageError(`${option}: expected path:line:col or module-path#name, got "${spec}"`);
  const sourceFile = resolveProjectFile(ctx, spec.slice(0, hash));
  if (!sourceFile) throw new NotInProjectError(`${option}: no project file ${spec.slice(0, hash)}`);
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) throw new UsageError(`${option}: ${spec.slice(0, hash)} is not a module (it exports nothing)`);
  const [exportName, ...members] = spec.slice(hash + 1).split('.');
  const exported = checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === exportName);
  if (!exported) throw new UsageError(`${option}: ${spec.slice(0, hash)} has no export named ${exportName}`);
  let symbol = resolveAlias(ts, checker, exported);
  for (const member of members) {
    const next = memberOf(ts, symbol, member);
    if (!next) throw new UsageError(`${option}: ${symbol.name} has no member ${member}`);
    symbol = next;
  }
  const declaration = symbol.declarations?.[0];
  if (!declaration) throw new UsageError(`${option}: ${spec} has no declaration in the project`);
  const name = ts.getNameOfDeclaration(declaration) ?? declaration;
  return { sourceFile: declaration.getSourceFile(), node: name, symbol };
}
