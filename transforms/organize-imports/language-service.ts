import type { ts as TS } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';

/** Indentation and line endings as the file already has them, for text the service writes. */
function formatSettings(ts: typeof TS, text: string): TS.FormatCodeSettings {
  const indent = /^( +|\t)\S/m.exec(text)?.[1] ?? '  ';
  const tabs = indent === '\t';
  return {
    ...ts.getDefaultFormatCodeSettings(text.includes('\r\n') ? '\r\n' : '\n'),
    convertTabsToSpaces: !tabs,
    indentSize: tabs ? 4 : indent.length,
    tabSize: tabs ? 4 : indent.length,
    insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: !/import\s*\{\S/.test(text),
  };
}

export type OrganizeMode = 'all' | 'remove-unused';

/**
 * Runs the language service's organizeImports on the file and records its text changes as edits.
 * `remove-unused` only drops unused imports (unused diagnostics 6133/6192 territory); `all` also
 * sorts and merges. Returns how many text changes the service proposed.
 */
export function organizeImports(ctx: FileContext, mode: OrganizeMode): number {
  const { ts } = ctx;
  if (!ctx.project) throw new Error('organize-imports needs the project (needs: types)');
  const service = ctx.project.getLanguageService().compilerObject;
  const scope: TS.OrganizeImportsArgs = {
    type: 'file',
    fileName: ctx.path,
    mode: mode === 'all' ? ts.OrganizeImportsMode.All : ts.OrganizeImportsMode.RemoveUnused,
  };
  const changes = service.organizeImports(scope, formatSettings(ts, ctx.text), { quotePreference: 'auto' });
  const own = changes
    .filter((change) => change.fileName === ctx.sourceFile.fileName || change.fileName === ctx.path)
    .flatMap((change) => change.textChanges);
  if (own.length === 0) return 0;
  const crossed = crossedSideEffect(ts, ctx.sourceFile, applyChanges(ctx.text, own));
  if (crossed) {
    ctx.warn(`imports left as they are: organizing would move imports across the side-effect import '${crossed}', which can change what runs first`, 0);
    return 0;
  }
  for (const text of own) ctx.edits.replaceRange(text.span.start, text.span.start + text.span.length, text.newText);
  return own.length;
}

function applyChanges(text: string, changes: readonly TS.TextChange[]): string {
  let result = text;
  for (const change of [...changes].sort((a, b) => b.span.start - a.span.start)) {
    result = result.slice(0, change.span.start) + change.newText + result.slice(change.span.start + change.span.length);
  }
  return result;
}

/** Module specifiers of the top-level imports, with side-effect-only ones marked. */
function importOrder(ts: typeof TS, sourceFile: TS.SourceFile): { spec: string; sideEffect: boolean }[] {
  return sourceFile.statements.flatMap((statement) =>
    ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)
      ? [{ spec: statement.moduleSpecifier.text, sideEffect: !statement.importClause }]
      : [],
  );
}

/**
 * The side-effect import that organizing would move other imports across, if any: the service
 * sorts `import './polyfill'` like any other import, but what runs before it matters.
 */
function crossedSideEffect(ts: typeof TS, before: TS.SourceFile, afterText: string): string | undefined {
  const after = ts.createSourceFile(before.fileName, afterText, ts.ScriptTarget.Latest, false);
  const oldOrder = importOrder(ts, before);
  const newOrder = importOrder(ts, after);
  const kept = new Set(newOrder.map((entry) => entry.spec));
  for (const [index, entry] of oldOrder.entries()) {
    if (!entry.sideEffect) continue;
    const oldBefore = new Set(oldOrder.slice(0, index).map((e) => e.spec).filter((spec) => kept.has(spec)));
    const at = newOrder.findIndex((e) => e.sideEffect && e.spec === entry.spec);
    const newBefore = new Set(newOrder.slice(0, Math.max(at, 0)).map((e) => e.spec));
    if (oldBefore.size !== newBefore.size || [...oldBefore].some((spec) => !newBefore.has(spec))) return entry.spec;
  }
  return undefined;
}
