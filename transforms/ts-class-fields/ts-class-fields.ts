import type { ts as TS } from 'ts-morph';
import { definePass } from '../../src/core/pass.js';
import { acceptCheckedGroups, isTypeScriptFile, recordTreeEdits, type EditGroup } from '../shared/type-gate.js';
import { strippedCommentEdits } from '../ts-types-from-jsdoc/jsdoc-comments.js';
import { JSDocTypePrinter } from '../ts-types-from-jsdoc/jsdoc-type-text.js';
import { plainTypeText } from '../ts-types-from-usage/call-sites.js';
import { fieldAssignments, type FieldAssignment } from './field-assignments.js';

/** The type a field takes from its assignments: their widened types joined by `|`; undefined when one is `any`. */
function fieldType(ts: typeof TS, checker: TS.TypeChecker, cls: TS.ClassLikeDeclaration, assignments: readonly FieldAssignment[]): string | undefined {
  const texts: string[] = [];
  for (const { value } of assignments) {
    const type = checker.getWidenedType(checker.getBaseTypeOfLiteralType(checker.getTypeAtLocation(value)));
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) return undefined;
    const members = type.isUnion() ? type.types : [type];
    for (const member of members) {
      let text = plainTypeText(checker.typeToString(member, cls, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType));
      // `[]` says nothing about its elements: `unknown[]` takes any push and claims nothing.
      if (text === 'never[]') text = 'unknown[]';
      if (/(^|\W)any\b|import\(|\.\.\./.test(text)) return undefined;
      const spelled = /=>/.test(text) ? `(${text})` : text;
      if (!texts.includes(spelled)) texts.push(spelled);
    }
  }
  if (texts.length === 1) return texts[0]!.replace(/^\((.*)\)$/, '$1');
  // `T | null` as people write it: the missing values last.
  texts.sort((a, b) => Number(a === 'null' || a === 'undefined') - Number(b === 'null' || b === 'undefined'));
  // `true | false` is how the checker lists `boolean` in a union.
  const booleans = texts.includes('true') && texts.includes('false');
  return texts.filter((text) => !booleans || (text !== 'true' && text !== 'false')).concat(booleans ? ['boolean'] : []).join(' | ');
}

/** The indentation of the class's members: the first member's, else the class's plus one level. */
function memberIndent(text: string, cls: TS.ClassLikeDeclaration, sourceFile: TS.SourceFile): string {
  const first = cls.members[0];
  const lineOf = (position: number): string => /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', position - 1) + 1))![0];
  if (first) return lineOf(first.getStart(sourceFile));
  const unit = /^( +|\t)\S/m.exec(text)?.[1] ?? '  ';
  return lineOf(cls.getStart(sourceFile)) + unit;
}

/** Where a group inserts (a class body's start) and which field it declares; none for the blank line after them. */
interface Slot {
  readonly at: number;
  readonly field?: string;
  /** Whether the type came from a JSDoc `@type` on an assignment (counted as `annotations.jsdoc`). */
  readonly fromJSDoc?: boolean;
}

export const pass = definePass({
  id: 'ts-class-fields',
  title: 'Class field declarations from this.x assignments',
  description:
    'In TypeScript files, declares the fields a class assigns with `this.x = …` in its constructor, methods, ' +
    'accessors and the arrow functions inside them but never declares (an error in TypeScript, not in ' +
    'JavaScript), at the top of the class body: the type is the assigned values\' widened types joined by `|`, and ' +
    'a field not assigned by a top-level statement of the constructor is optional (`x?: T`). Fields a base class ' +
    'declares, static members, `any`-typed values and types that need an `import("…")` are left alone. Each ' +
    'field is kept only when the file and the files importing it have no type error they did not have before. ' +
    'A JSDoc `@type {T}` on an assignment gives the type instead (the `{T}` leaves the comment). Counts ' +
    '`annotations.usage`, and `annotations.jsdoc` for the JSDoc-typed.',
  needs: 'types',
  version: '1',
  match: ['this.'],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    if (!isTypeScriptFile(ctx.path)) {
      ctx.skip('not a TypeScript file');
      return;
    }
    const checker = ctx.checker!;
    const printer = new JSDocTypePrinter(ts, sourceFile, 'strict');
    const groups: EditGroup<Slot>[] = [];
    const visit = (node: TS.Node): void => {
      if (ts.isClassLike(node)) groups.push(...classGroups(node));
      ts.forEachChild(node, visit);
    };
    const classGroups = (cls: TS.ClassLikeDeclaration): EditGroup<Slot>[] => {
      const symbol = cls.name ? checker.getSymbolAtLocation(cls.name) : (cls as { symbol?: TS.Symbol }).symbol;
      if (!symbol) return [];
      const instance = checker.getDeclaredTypeOfSymbol(symbol);
      const byName = new Map<string, FieldAssignment[]>();
      for (const assignment of fieldAssignments(ts, cls)) {
        if (checker.getPropertyOfType(instance, assignment.name)) continue;
        byName.set(assignment.name, [...(byName.get(assignment.name) ?? []), assignment]);
      }
      const at = cls.members.pos;
      const indent = memberIndent(sourceFile.text, cls, sourceFile);
      const newline = ctx.text.includes('\r\n') ? '\r\n' : '\n';
      const fields: EditGroup<Slot>[] = [];
      for (const [name, assignments] of byName) {
        // A JSDoc `@type` on an assignment is what the field was declared as in JavaScript; it wins.
        const tag = assignments.find((assignment) => assignment.typeTag)?.typeTag;
        const declared = tag ? printer.print(tag.typeExpression.type) : undefined;
        const type = declared ?? fieldType(ts, checker, cls, assignments);
        if (type === undefined) continue;
        const optional = assignments.some((assignment) => assignment.inConstructor) ? '' : '?';
        const field = { start: at, end: at, text: `${newline}${indent}${name}${optional}: ${type};` };
        const comment = declared && tag ? strippedCommentEdits(ts, sourceFile, [tag]) : [];
        fields.push({ edits: [field, ...comment], data: { at, field: name, fromJSDoc: declared !== undefined } });
      }
      // A blank line between the new fields and the members that were there.
      if (fields.length > 0 && cls.members.length > 0) fields.push({ edits: [{ start: at, end: at, text: newline }], data: { at } });
      return fields;
    };
    visit(sourceFile);
    if (groups.length === 0) return;
    const accepted = acceptCheckedGroups(ctx, groups);
    const fields = accepted.filter((group) => group.data.field !== undefined);
    if (fields.length === 0) return;
    const filled = new Set(fields.map((group) => group.data.at));
    const kept = accepted.filter((group) => filled.has(group.data.at));
    if (!recordTreeEdits(ctx, kept.flatMap((group) => group.edits))) {
      ctx.warn('left alone: the type checker saw a different text for this file');
      return;
    }
    const fromJSDoc = fields.filter((group) => group.data.fromJSDoc).length;
    if (fields.length > fromJSDoc) ctx.stat('annotations.usage', fields.length - fromJSDoc);
    if (fromJSDoc > 0) ctx.stat('annotations.jsdoc', fromJSDoc);
  },
});
