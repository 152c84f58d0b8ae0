import type { ts as TS } from 'ts-morph';
import { definePass } from '../../src/core/pass.js';
import { hasComment, isPureReference, quote, sameReference } from '../nullish-coalescing/references.js';
import { treeEdits } from '../nullish-coalescing/tree-edits.js';
import { truthinessOf } from '../nullish-coalescing/truthiness.js';
import { falsyValueObserved, guardAt, prefixIn, type Guard } from './guards.js';

function isAnd(ts: typeof TS, node: TS.Node): node is TS.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken;
}

/** The operands of an unparenthesized `a && b && c` chain, left to right. */
function operandsOf(ts: typeof TS, node: TS.Expression, into: TS.Expression[] = []): TS.Expression[] {
  if (isAnd(ts, node)) {
    operandsOf(ts, node.left, into);
    into.push(node.right);
  } else into.push(node);
  return into;
}

/** Whether values of the type might include null (or undefined); any, unknown and open type parameters might. */
function mayInclude(checker: TS.TypeChecker, ts: typeof TS, type: TS.Type, flags: TS.TypeFlags, depth = 0): boolean {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | flags)) return true;
  if (type.isUnion()) return type.types.some((member) => mayInclude(checker, ts, member, flags, depth + 1));
  if (type.flags & ts.TypeFlags.Instantiable) {
    const constraint = checker.getBaseConstraintOfType(type);
    return !constraint || constraint === type || depth > 8 || mayInclude(checker, ts, constraint, flags, depth + 1);
  }
  return false;
}

interface Run {
  readonly guards: readonly Guard[];
  readonly first: number;
  readonly final: TS.Expression;
  readonly last: number;
}

export const pass = definePass({
  id: 'optional-chaining',
  title: 'Guarded property access to optional chaining',
  description:
    'Rewrites `a && a.b`, `a && a.b && a.b.c`, `a && a.b()` and `a != null && a.b` (also `a !== null && a !== ' +
    'undefined && a.b`) to `a?.b`, `a?.b?.c`, `a?.b()`. Only where equivalent: truthiness guards need the type ' +
    'checker to prove the guarded value is never 0, "", false, NaN or 0n; and where the falsy result can be seen ' +
    '(assigned, returned, passed) the guard may not be null (`null && x` is null, `null?.x` undefined) nor a ' +
    'comparison (which gives false). The guarded value must be an identifier, `this` or a property chain.',
  needs: 'types',
  match: ['&&'],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    const text = sourceFile.text;
    const checker = ctx.checker;
    if (!checker) throw new Error('optional-chaining needs the type checker (project mode)');
    const edits = treeEdits(ctx);
    if (!edits) {
      ctx.warn('left alone: the type checker saw a different text for this file');
      return;
    }
    const same = (a: TS.Expression, b: TS.Expression): boolean => sameReference(ts, a, b);
    // Without strictNullChecks types never mention null or undefined: assume both.
    const compilerOptions = ctx.program?.getCompilerOptions() ?? {};
    const typesShowNull = compilerOptions.strictNullChecks ?? compilerOptions.strict ?? false;
    const claimed: Array<{ start: number; end: number }> = [];

    const findRuns = (operands: readonly TS.Expression[]): Run[] => {
      const runs: Run[] = [];
      let index = 0;
      while (index < operands.length) {
        const first = guardAt(ts, operands, index, same);
        if (!first) {
          index++;
          continue;
        }
        const guards: Guard[] = [first];
        let next = index + first.span;
        // `a && a.b && a.b.c`: each middle operand both extends the previous guard and guards the next.
        while (
          next + 1 < operands.length &&
          isPureReference(ts, operands[next]!) &&
          prefixIn(ts, operands[next]!, guards[guards.length - 1]!.ref, same) &&
          prefixIn(ts, operands[next + 1]!, operands[next]!, same)
        ) {
          guards.push({ kind: 'truthy', ref: operands[next]!, span: 1 });
          next++;
        }
        const final = operands[next];
        if (final && prefixIn(ts, final, guards[guards.length - 1]!.ref, same)) {
          runs.push({ guards, first: index, final, last: next });
          index = next + 1;
        } else index++;
      }
      return runs;
    };

    /** Why the run may not become an optional chain, or undefined when it may. */
    const refusal = (run: Run, observed: boolean): string | { silent: true } | undefined => {
      for (const guard of run.guards) {
        const name = quote(guard.ref, sourceFile);
        if (guard.kind === 'truthy') {
          const verdict = truthinessOf(checker, ts, guard.ref);
          if (verdict.kind === 'unsafe') {
            // `text && text.length` on a string that is never nullish guards against "", not a missing value.
            if (!verdict.nullish) return { silent: true };
            return `${name}: ${verdict.reason} (&& stops there, ?. would go on)`;
          }
          if (observed && (verdict.null || !typesShowNull)) return `${name} may be null: && would give null where ?. gives undefined, and the value is used`;
        } else if (observed) {
          return 'the comparison gives false where ?. gives undefined, and the value is used';
        } else if (guard.kind !== 'not-nullish') {
          const type = checker.getTypeAtLocation(guard.ref);
          const other = guard.kind === 'not-undefined' ? ts.TypeFlags.Null : ts.TypeFlags.Undefined | ts.TypeFlags.Void;
          if (!typesShowNull || mayInclude(checker, ts, type, other)) {
            const what = guard.kind === 'not-undefined' ? 'null' : 'undefined';
            return `${name} may be ${what}, which the comparison lets through and ?. would not`;
          }
        }
      }
      return undefined;
    };

    const rewrite = (run: Run, operands: readonly TS.Expression[]): void => {
      const start = operands[run.first]!.getStart(sourceFile);
      const finalStart = run.final.getStart(sourceFile);
      const inserts: Array<{ at: number; text: string }> = [];
      for (const guard of run.guards) {
        const prefix = prefixIn(ts, run.final, guard.ref, same)!;
        const link = prefix.parent as TS.PropertyAccessExpression | TS.ElementAccessExpression | TS.CallExpression;
        if (link.questionDotToken) continue;
        // The token after the prefix: `.`, `[`, `(` or the `<` of type arguments.
        const children = link.getChildren(sourceFile);
        const next = children[children.indexOf(prefix) + 1]!;
        inserts.push({ at: next.getStart(sourceFile), text: next.kind === ts.SyntaxKind.DotToken ? '?' : '?.' });
      }
      inserts.sort((a, b) => a.at - b.at);
      let built = '';
      let cursor = finalStart;
      for (const insert of inserts) {
        built += text.slice(cursor, insert.at) + insert.text;
        cursor = insert.at;
      }
      built += text.slice(cursor, run.final.getEnd());
      edits.replaceRange(start, run.final.getEnd(), built);
      claimed.push({ start, end: run.final.getEnd() });
      ctx.stat('optional-chaining');
    };

    const consider = (top: TS.BinaryExpression): void => {
      const operands = operandsOf(ts, top);
      const runs = findRuns(operands);
      if (runs.length === 0) return;
      const observed = falsyValueObserved(ts, top);
      for (const run of runs) {
        const reason = refusal(run, observed);
        const start = operands[run.first]!.getStart(sourceFile);
        if (reason) {
          if (typeof reason === 'string') ctx.warn(`left alone: ${reason}`, edits.position(operands[run.first]));
          continue;
        }
        if (hasComment(ts, sourceFile, top, start, run.final.getStart(sourceFile))) {
          ctx.warn('left alone: a comment between the guard and the access would be lost', edits.position(operands[run.first]));
          continue;
        }
        rewrite(run, operands);
      }
    };

    const visit = (node: TS.Node): void => {
      // A chain inside a rewritten one (in a call's arguments) is left for the next run.
      if (claimed.length > 0 && claimed.some((range) => node.getStart(sourceFile) >= range.start && node.getEnd() <= range.end)) return;
      if (isAnd(ts, node) && !isAnd(ts, node.parent)) consider(node);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
