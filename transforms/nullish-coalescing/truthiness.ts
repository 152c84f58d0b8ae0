import type { ts as TS } from 'ts-morph';

/**
 * What the checker proves about the values an expression can have, for rewrites that swap a
 * truthiness test (`a || b`, `a && a.b`) for a nullish test (`a ?? b`, `a?.b`): they agree exactly
 * when no value of the type is falsy without being null or undefined.
 */
export type Truthiness =
  | { readonly kind: 'safe'; readonly null: boolean; readonly undefined: boolean }
  | {
      readonly kind: 'unsafe';
      readonly reason: string;
      /** Whether null or undefined is among the values too (a fallback or guard is then likely meant). */
      readonly nullish: boolean;
    };

type Part = { kind: 'ok' } | { kind: 'null' } | { kind: 'undefined' } | { kind: 'unsafe'; reason: string };

const OK: Part = { kind: 'ok' };

function describeType(checker: TS.TypeChecker, type: TS.Type): string {
  return checker.typeToString(type);
}

/** One non-union type: never falsy (ok), nullish, or possibly a falsy primitive (unsafe). */
function classifyPart(checker: TS.TypeChecker, ts: typeof TS, type: TS.Type, depth: number): Part {
  const flags = type.flags;
  const F = ts.TypeFlags;
  const unsafe = (reason: string): Part => ({ kind: 'unsafe', reason });
  if (flags & F.Any) return unsafe('its type is any, so it may be 0, "" or false');
  if (flags & F.Unknown) return unsafe('its type is unknown, so it may be 0, "" or false');
  if (flags & F.Never) return OK;
  if (flags & F.Undefined) return { kind: 'undefined' };
  if (flags & F.Null) return { kind: 'null' };
  if (flags & F.Void) return unsafe('its type includes void, which promises nothing about the value');
  if (flags & F.StringLiteral) return (type as TS.StringLiteralType).value === '' ? unsafe('it may be ""') : OK;
  if (flags & F.NumberLiteral) return (type as TS.NumberLiteralType).value === 0 ? unsafe('it may be 0') : OK;
  if (flags & F.BigIntLiteral) {
    return (type as TS.BigIntLiteralType).value.base10Value === '0' ? unsafe('it may be 0n') : OK;
  }
  if (flags & F.BooleanLiteral) return describeType(checker, type) === 'false' ? unsafe('it may be false') : OK;
  if (flags & (F.String | F.TemplateLiteral | F.StringMapping)) {
    return unsafe(`its type is ${describeType(checker, type)}, which includes ""`);
  }
  if (flags & (F.Number | F.Enum)) return unsafe(`its type is ${describeType(checker, type)}, which includes 0 and NaN`);
  if (flags & F.BigInt) return unsafe('its type is bigint, which includes 0n');
  if (flags & F.Boolean) return unsafe('its type is boolean, which includes false');
  if (flags & F.ESSymbolLike) return OK;
  if (flags & F.NonPrimitive) return OK;
  if (flags & F.Instantiable) {
    const constraint = checker.getBaseConstraintOfType(type);
    if (!constraint || constraint === type || depth > 8) {
      return unsafe(`its type ${describeType(checker, type)} has no constraint that rules out 0, "" and false`);
    }
    const inner = classify(checker, ts, constraint, depth + 1);
    if (inner.kind === 'unsafe') return { kind: 'unsafe', reason: inner.reason };
    // Nullish members of a constraint are reported as the type's own.
    if (inner.null) return { kind: 'null' };
    if (inner.undefined) return { kind: 'undefined' };
    return OK;
  }
  if (flags & F.Intersection) {
    // An intersection can hold a falsy primitive only through a member that can (branded strings).
    for (const member of (type as TS.IntersectionType).types) {
      const part = classifyPart(checker, ts, member, depth + 1);
      if (part.kind !== 'ok') return part.kind === 'unsafe' ? part : unsafe('it intersects with a nullish type');
    }
    return OK;
  }
  if (flags & F.Object) {
    // Structural typing lets a primitive satisfy an object type ({ length: number } accepts "").
    const primitives = [checker.getStringType(), checker.getNumberType(), checker.getBooleanType(), checker.getBigIntType()];
    for (const primitive of primitives) {
      if (checker.isTypeAssignableTo(primitive, type)) {
        return unsafe(`a ${describeType(checker, primitive)} value fits its type ${describeType(checker, type)}`);
      }
    }
    return OK;
  }
  return unsafe(`its type ${describeType(checker, type)} is not understood by this pass`);
}

function classify(checker: TS.TypeChecker, ts: typeof TS, type: TS.Type, depth: number): Truthiness {
  const parts = type.isUnion() ? type.types : [type];
  let hasNull = false;
  let hasUndefined = false;
  let reason: string | undefined;
  for (const member of parts) {
    const part = classifyPart(checker, ts, member, depth);
    if (part.kind === 'unsafe') reason ??= part.reason;
    if (part.kind === 'null') hasNull = true;
    if (part.kind === 'undefined') hasUndefined = true;
    if (member.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) hasNull = hasUndefined = true;
  }
  if (reason !== undefined) return { kind: 'unsafe', reason, nullish: hasNull || hasUndefined };
  return { kind: 'safe', null: hasNull, undefined: hasUndefined };
}

/** Classifies the type the checker gives `node` where it stands (narrowing included). */
export function truthinessOf(checker: TS.TypeChecker, ts: typeof TS, node: TS.Node): Truthiness {
  return classify(checker, ts, checker.getTypeAtLocation(node), 0);
}
