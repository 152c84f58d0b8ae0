import { ts } from '../../core/parse.js';
import { matchAt } from './match.js';
import { compilePattern, type Pattern } from './pattern.js';

/**
 * Type constraints on a bound expression, answered by the program's checker:
 * `type` matches `checker.typeToString` (re-parsed as a type) against a type pattern such as
 * `Promise<$T>`; `assignableTo` asks `checker.isTypeAssignableTo` against a type written in
 * TypeScript and resolved in the scope of the match (so local interfaces resolve too).
 */
export interface TypeConstraint {
  readonly type?: Pattern;
  readonly assignableTo?: string;
}

const ANY_OR_UNKNOWN = ts.TypeFlags.Any | ts.TypeFlags.Unknown;
const parsedTypes = new Map<string, ts.Node | undefined>();

/** A type string as a type node; cached, since the same few strings recur across a run. */
function typeNodeOf(text: string): ts.Node | undefined {
  if (parsedTypes.has(text)) return parsedTypes.get(text);
  let node: ts.Node | undefined;
  try {
    const pattern = compilePattern(text, { shape: 'type' });
    node = pattern.shape.kind === 'node' ? pattern.shape.node : undefined;
  } catch {
    node = undefined;
  }
  if (parsedTypes.size > 10_000) parsedTypes.clear();
  parsedTypes.set(text, node);
  return node;
}

/** A type written in TypeScript, resolved as if it were written at `scope`. */
function resolveType(text: string, scope: ts.Node, checker: ts.TypeChecker): ts.Type {
  const synthetic = ts.createSourceFile('__codemorph_type.ts', `type __T = ${text};`, ts.ScriptTarget.Latest, true);
  const alias = synthetic.statements[0] as ts.TypeAliasDeclaration;
  // Name resolution walks parents: hanging the alias under the match resolves names in its scope.
  (alias as { parent: ts.Node }).parent = scope;
  return checker.getTypeFromTypeNode(alias.type);
}

export function typeText(node: ts.Node, checker: ts.TypeChecker): string {
  return checker.typeToString(checker.getTypeAtLocation(node), undefined, ts.TypeFormatFlags.NoTruncation);
}

/**
 * True when the checker's type of `node` satisfies the constraint. `any` and `unknown` never
 * satisfy `assignableTo` (though the checker says `any` is assignable to everything): a rewrite
 * licensed by a type must not fire where the type is unknown.
 */
export function satisfiesType(node: ts.Node, constraint: TypeConstraint, checker: ts.TypeChecker): boolean {
  const type = checker.getTypeAtLocation(node);
  if (constraint.type) {
    const typeNode = typeNodeOf(checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation));
    if (!typeNode || !matchAt(constraint.type, typeNode)) return false;
  }
  if (constraint.assignableTo !== undefined) {
    if (type.flags & ANY_OR_UNKNOWN) return false;
    const target = resolveType(constraint.assignableTo, node, checker);
    if (!checker.isTypeAssignableTo(type, target)) return false;
  }
  return true;
}
