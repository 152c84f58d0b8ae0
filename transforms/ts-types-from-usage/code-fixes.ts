import type { ts as TS } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';
import { scratchService } from '../shared/scratch-service.js';
import type { EditGroup, TreeEdit } from '../shared/type-gate.js';
import { plainTypeText, typeFromCallSites } from './call-sites.js';

/** How an annotation was inferred: from uses and call sites, or an object shape from literals. */
export type Source = 'usage' | 'literal';

/**
 * The diagnostics TypeScript's inferFromUsage fix answers: implicit any on variables (7005, 7034),
 * parameters (7006, 7019), accessors (7032, 7033, 7010), members (7008), `this` (2683), and the
 * suggestion forms of the same without noImplicitAny (7043–7050).
 */
const IMPLICIT_ANY = new Set([7005, 7006, 7008, 7010, 7019, 7032, 7033, 7034, 7043, 7044, 7045, 7046, 7047, 7048, 7049, 7050, 2683]);

/**
 * `any` as a type word: an annotation holding it is not a real type (the suppression step's
 * business); nor is `never` from an empty array (`never[]` takes no element), nor a lone
 * `undefined` or `null` (what calls that leave an argument out, or pass `null`, show).
 */
const ANY = /(^|[^\w$.'"])(any|never)\b|^\??:\s*(undefined|null|undefined \| null|null \| undefined)$/;

/**
 * The language service's "Infer type from usage" fixes for the file's implicit-any diagnostics,
 * as candidate groups: one group per inserted annotation when the fix only inserts `: T`
 * (so one parameter the checker could not type does not cost the others theirs), else one per
 * fix. Annotations that contain `any` are left out.
 */
export function usageGroups(ctx: FileContext): EditGroup<Source>[] {
  const { ts } = ctx;
  const service = scratchService(ctx).service;
  const fileName = ctx.sourceFile.fileName;
  const diagnostics = [...service.getSemanticDiagnostics(fileName), ...service.getSuggestionDiagnostics(fileName)].filter(
    (diagnostic) => IMPLICIT_ANY.has(diagnostic.code) && diagnostic.start !== undefined,
  );
  const format = ts.getDefaultFormatCodeSettings(ctx.text.includes('\r\n') ? '\r\n' : '\n');
  const seen = new Set<string>();
  const groups: EditGroup<Source>[] = [];
  const sourceOf = (edits: readonly TreeEdit[]): Source => (edits.some((edit) => /^\??:\s*\{/.test(edit.text)) ? 'literal' : 'usage');
  const add = (edits: TreeEdit[]): void => {
    const key = JSON.stringify(edits);
    if (seen.has(key) || edits.some((edit) => ANY.test(edit.text))) return;
    seen.add(key);
    groups.push({ edits, data: sourceOf(edits) });
  };
  // Parameters the service could only type with `any`, by where their annotation goes.
  const untyped = new Map<number, TS.ParameterDeclaration>();
  for (const diagnostic of diagnostics) {
    const start = diagnostic.start!;
    const parameter = parameterAt(ts, ctx.sourceFile, start);
    if (parameter && !parameter.type) untyped.set((parameter.questionToken ?? parameter.name).end, parameter);
    let fixes: readonly TS.CodeFixAction[];
    try {
      fixes = service.getCodeFixesAtPosition(fileName, start, start + (diagnostic.length ?? 0), [diagnostic.code], format, { quotePreference: 'auto' });
    } catch {
      continue; // a crash inside the service's fix is not this file's failure: no annotation
    }
    for (const fix of fixes) {
      if (fix.fixName !== 'inferFromUsage') continue;
      if (fix.changes.some((change) => change.fileName !== fileName)) continue;
      const edits = fix.changes.flatMap((change) => change.textChanges).map((change) => ({
        start: change.span.start,
        end: change.span.start + change.span.length,
        text: plainTypeText(change.newText),
      }));
      if (edits.every((edit) => edit.start === edit.end && /^\??:\s/.test(edit.text))) for (const edit of edits) add([edit]);
      else add(edits);
    }
  }
  // What call sites pass, where usage gave nothing better than `any` (or as the fallback of what it gave).
  for (const [at, parameter] of untyped) {
    const fromCalls = typeFromCallSites(ts, ctx.program!, parameter);
    if (!fromCalls || ANY.test(fromCalls.text)) continue;
    const edit = { start: at, end: at, text: fromCalls.text };
    const data: Source = fromCalls.literal ? 'literal' : 'usage';
    const index = groups.findIndex((group) => group.edits.length === 1 && group.edits[0]!.start === at);
    if (index === -1) groups.push({ edits: [edit], data });
    else if (groups[index]!.edits[0]!.text !== edit.text) groups[index] = { ...groups[index]!, fallback: [edit] };
  }
  return groups;
}

/** The parameter whose name starts at `position` (where implicit-any diagnostics point). */
function parameterAt(ts: typeof TS, sourceFile: TS.SourceFile, position: number): TS.ParameterDeclaration | undefined {
  const find = (node: TS.Node): TS.ParameterDeclaration | undefined => {
    if (ts.isParameter(node) && node.name.getStart(sourceFile) === position) return node;
    if (node.pos > position || node.end < position) return undefined;
    return ts.forEachChild(node, find);
  };
  return find(sourceFile);
}
