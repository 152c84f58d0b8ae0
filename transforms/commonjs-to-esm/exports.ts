import type { ts } from 'ts-morph';
import { freshName, isBindableName, isNameUse, type NameIndex } from './names.js';
import { declarationExport } from './export-declarations.js';
import { requiredSpecifier } from './requires.js';
import type { TextEdit } from '../shared/text-edit.js';

type TS = typeof ts;

// Edits are against the pass's input (inner edits, e.g. require calls, may sit inside a value).
export type { TextEdit };

export type ExportPlan =
  | {
      readonly kind: 'ok';
      readonly edits: readonly TextEdit[];
      /** Appended at the end of the file (the interop default object). */
      readonly trailer?: string;
      /** require() calls the export rewrite already turned into `from` clauses. */
      readonly consumed: ReadonlySet<ts.Node>;
    }
  | { readonly kind: 'refuse'; readonly reason: string; readonly at: ts.Node };

/** A `module.exports` or `exports` reference, already shown not to be shadowed. */
interface ExportsRef {
  /** `module.exports` or the `exports` identifier. */
  readonly node: ts.Expression;
}

function isModuleExports(t: TS, node: ts.Node): node is ts.PropertyAccessExpression {
  return (
    t.isPropertyAccessExpression(node) &&
    t.isIdentifier(node.expression) &&
    node.expression.text === 'module' &&
    t.isIdentifier(node.name) &&
    node.name.text === 'exports'
  );
}

/** Finds every `module` / `exports` use; any `module` use other than `module.exports` refuses. */
export function collectExportRefs(t: TS, sourceFile: ts.SourceFile): ExportsRef[] | { refuse: string; at: ts.Node } {
  const refs: ExportsRef[] = [];
  let problem: { refuse: string; at: ts.Node } | undefined;
  const visit = (node: ts.Node): void => {
    if (problem) return;
    if (t.isIdentifier(node) && isNameUse(t, node)) {
      if (node.text === 'module') {
        if (isModuleExports(t, node.parent)) refs.push({ node: node.parent });
        else problem = { refuse: '`module` is used for more than `module.exports` (module.id, require.main === module, ...)', at: node };
      } else if (node.text === 'exports') {
        refs.push({ node });
      }
      return;
    }
    t.forEachChild(node, visit);
  };
  visit(sourceFile);
  return problem ?? refs;
}

/** `<ref>.name` as an assignment target of a top-level `<ref>.name = value;` statement. */
function namedAssignment(t: TS, sourceFile: ts.SourceFile, ref: ts.Expression): { name: string; value: ts.Expression; statement: ts.Statement } | undefined {
  const access = ref.parent;
  if (!t.isPropertyAccessExpression(access) || access.expression !== ref || !t.isIdentifier(access.name)) return undefined;
  const assign = access.parent;
  if (!t.isBinaryExpression(assign) || assign.left !== access || assign.operatorToken.kind !== t.SyntaxKind.EqualsToken) return undefined;
  const statement = assign.parent;
  if (!t.isExpressionStatement(statement) || statement.parent !== sourceFile) return undefined;
  return { name: access.name.text, value: assign.right, statement };
}

/** `module.exports = value;`, `exports = module.exports = value;` or `module.exports = exports = value;`. */
function replacement(
  t: TS,
  sourceFile: ts.SourceFile,
  ref: ts.Expression,
): { value: ts.Expression; statement: ts.Statement; refs: number; exported: boolean } | undefined {
  let assign = ref.parent;
  if (!t.isBinaryExpression(assign) || assign.left !== ref || assign.operatorToken.kind !== t.SyntaxKind.EqualsToken) return undefined;
  let refs = 1;
  let value = assign.right;
  // `module.exports = exports = value`: the inner assignment is the value.
  if (t.isBinaryExpression(value) && value.operatorToken.kind === t.SyntaxKind.EqualsToken && isExportsTarget(t, value.left)) {
    value = value.right;
    refs++;
  }
  // `exports = module.exports = value`: walk out to the outer assignment.
  const outer = assign.parent;
  if (t.isBinaryExpression(outer) && outer.right === assign && outer.operatorToken.kind === t.SyntaxKind.EqualsToken && isExportsTarget(t, outer.left)) {
    assign = outer;
    refs++;
  }
  const statement = assign.parent;
  if (!t.isExpressionStatement(statement) || statement.parent !== sourceFile) return undefined;
  // `exports = value` alone only rebinds the wrapper's local parameter: nothing is exported.
  const outerAssign = assign as ts.BinaryExpression;
  const exported = isModuleExports(t, ref) || isModuleExports(t, outerAssign.left) ||
    (t.isBinaryExpression(outerAssign.right) && isModuleExports(t, outerAssign.right.left));
  return { value, statement, refs, exported };
}

/** `ref = ...` or `ref.x = ...` anywhere. */
function isAssignmentTarget(t: TS, ref: ts.Expression): boolean {
  const target = t.isPropertyAccessExpression(ref.parent) && ref.parent.expression === ref ? ref.parent : ref;
  const parent = target.parent;
  return t.isBinaryExpression(parent) && parent.left === target && parent.operatorToken.kind === t.SyntaxKind.EqualsToken;
}

function isExportsTarget(t: TS, node: ts.Node): boolean {
  return isModuleExports(t, node) || (t.isIdentifier(node) && node.text === 'exports');
}

/** Decides how the file's exports become ESM exports, or why they cannot. */
export function planExports(
  t: TS,
  sourceFile: ts.SourceFile,
  refs: readonly ExportsRef[],
  names: NameIndex,
  taken: Set<string>,
  { interopDefault, exportAssignment = false }: { interopDefault: boolean; exportAssignment?: boolean },
): ExportPlan {
  if (refs.length === 0) return { kind: 'ok', edits: [], consumed: new Set() };
  const text = (node: ts.Node): string => node.getText(sourceFile);
  const stable = (id: ts.Expression): id is ts.Identifier =>
    t.isIdentifier(id) && names.topLevel.get(id.text) === 1 && !names.written.has(id.text);

  const replacements = new Map<ts.Statement, { value: ts.Expression; refs: number }>();
  const named: Array<{ name: string; value: ts.Expression; statement: ts.Statement; ref: ts.Expression }> = [];
  const others: ts.Expression[] = [];
  for (const { node } of refs) {
    const whole = replacement(t, sourceFile, node);
    if (whole && !whole.exported) return refuse('`exports = ...` only rebinds the local `exports` name and exports nothing (only `module.exports = ...` does)', node);
    if (whole) {
      replacements.set(whole.statement, whole);
      continue;
    }
    const part = namedAssignment(t, sourceFile, node);
    if (part) named.push({ ...part, ref: node });
    else if (isAssignmentTarget(t, node)) return refuse('module.exports is assigned inside an expression or a nested block', node);
    else others.push(node);
  }
  const covered = [...replacements.values()].reduce((sum, r) => sum + r.refs, 0) + named.length + others.length;
  if (replacements.size > 1) return refuse('module.exports is assigned more than once', [...replacements.keys()][1]!);
  if (covered !== refs.length) return refuse('module.exports is assigned inside an expression or a nested block', refs[0]!.node);

  const edits: TextEdit[] = [];
  const consumed = new Set<ts.Node>();
  const whole = (statement: ts.Statement, replacement: string): void => {
    edits.push({ start: statement.getStart(sourceFile), end: statement.getEnd(), text: replacement });
  };
  // Rewrites around the value so edits inside it (requires, __dirname) still apply.
  const around = (statement: ts.Statement, value: ts.Expression, prefix: string, suffix?: string): void => {
    edits.push({ start: statement.getStart(sourceFile), end: value.getStart(sourceFile), text: prefix });
    if (suffix !== undefined) edits.push({ start: value.getEnd(), end: statement.getEnd(), text: suffix });
  };

  if (replacements.size === 1) {
    const [statement, { value, refs: bound }] = [...replacements][0]!;
    const before = refs.find((ref) => ref.node.getStart(sourceFile) < statement.getStart(sourceFile));
    if (before) return refuse('module.exports is used before it is replaced', before.node);
    if (named.length > 0 || others.length > 0) {
      // `module.exports = fn; module.exports.x = ...`: the exports object *is* `fn` from then on.
      if (!stable(value)) return refuse('module.exports is both replaced and extended, and the replacement is not a stable name', statement);
      const later = [...named.map((entry) => entry.ref), ...others];
      const stale = later.find((ref) => t.isIdentifier(ref) && bound < 2);
      if (stale) return refuse('`exports.x` after `module.exports = ...` writes to the discarded exports object', stale);
      whole(statement, `${exportAssignment ? 'export =' : 'export default'} ${value.text};`);
      for (const ref of later) edits.push({ start: ref.getStart(sourceFile), end: ref.getEnd(), text: value.text });
      return { kind: 'ok', edits, consumed };
    }
    defaultExport(t, sourceFile, statement, value, names, { interopDefault, exportAssignment, emit: { whole, around, consumed } });
    return { kind: 'ok', edits, consumed };
  }

  if (others.length > 0) {
    const ref = others[0]!;
    const shown = t.isPropertyAccessExpression(ref.parent) && ref.parent.expression === ref ? text(ref.parent) : text(ref);
    return refuse(`\`${shown}\` is read or used as a value; ESM exports cannot be read back that way`, ref);
  }
  const seen = new Set<string>();
  const members: string[] = [];
  for (const { name, value, statement } of named) {
    if (seen.has(name)) return refuse(`\`exports.${name}\` is assigned more than once`, statement);
    seen.add(name);
    if (name === 'default' || name === '__esModule') return refuse(`\`exports.${name}\` marks compiled ESM; leave it to the compiler`, statement);
    if (t.isBinaryExpression(value) && value.operatorToken.kind === t.SyntaxKind.EqualsToken) {
      return refuse(`\`exports.${name}\` is assigned in a chain`, statement);
    }
    const specifier = requiredSpecifier(t, value);
    if (specifier !== undefined && !/\.json$/i.test(specifier)) {
      const quoted = text((value as ts.CallExpression).arguments[0]!);
      consumed.add(value);
      if (!interopDefault) {
        whole(statement, `export { default as ${name} } from ${quoted};`);
        continue;
      }
      // The interop default object needs a local binding to list.
      const local = freshName(name, taken);
      whole(statement, `import ${local} from ${quoted};\nexport { ${local === name ? name : `${local} as ${name}`} };`);
      members.push(local === name ? name : `${name}: ${local}`);
      continue;
    }
    const declaration = names.written.has(name) ? undefined : declarationExport(t, sourceFile, statement, value, name, taken);
    if (declaration) {
      edits.push(...declaration);
      taken.add(name);
      members.push(name);
    } else if (stable(value)) {
      whole(statement, value.text === name ? `export { ${name} };` : `export { ${value.text} as ${name} };`);
      members.push(value.text === name ? name : `${name}: ${value.text}`);
    } else if (isBindableName(name) && !names.mentioned.has(name) && !taken.has(name)) {
      taken.add(name);
      around(statement, value, `export const ${name} = `);
      members.push(name);
    } else {
      // Export names may be reserved words (`export { _delete as delete }`); bindings may not.
      const local = freshName(`_${name}`, taken, 'Export');
      around(statement, value, `const ${local} = `);
      edits.push({ start: statement.getEnd(), end: statement.getEnd(), text: `\nexport { ${local} as ${name} };` });
      members.push(`${name}: ${local}`);
    }
  }
  const trailer = interopDefault && members.length > 0 ? `export default { ${members.join(', ')} };` : undefined;
  return { kind: 'ok', edits, trailer, consumed };
}

interface Emit {
  whole(statement: ts.Statement, text: string): void;
  around(statement: ts.Statement, value: ts.Expression, prefix: string, suffix?: string): void;
  consumed: Set<ts.Node>;
}

/**
 * `module.exports = value` as ESM: named exports for an object of stable names, else a default
 * export, or with `exportAssignment` (a TypeScript file compiled back to CommonJS) `export =`,
 * which compiles to `module.exports = value` again: `require()` of the package still returns the
 * value itself, where `export default` would give `{ default: value }`.
 */
function defaultExport(
  t: TS,
  sourceFile: ts.SourceFile,
  statement: ts.Statement,
  value: ts.Expression,
  names: NameIndex,
  { interopDefault, exportAssignment, emit }: { interopDefault: boolean; exportAssignment: boolean; emit: Emit },
): void {
  const specifier = requiredSpecifier(t, value);
  if (specifier !== undefined) {
    emit.consumed.add(value);
    const quoted = (value as ts.CallExpression).arguments[0]!.getText(sourceFile);
    emit.whole(
      statement,
      /\.json$/i.test(specifier)
        ? `export { default } from ${quoted} with { type: 'json' };`
        : `export * from ${quoted};\nexport { default } from ${quoted};`,
    );
    return;
  }
  if (t.isObjectLiteralExpression(value) && value.properties.length > 0) {
    const parts: string[] = [];
    for (const property of value.properties) {
      const local = t.isShorthandPropertyAssignment(property)
        ? property.name
        : t.isPropertyAssignment(property) && t.isIdentifier(property.initializer)
          ? property.initializer
          : undefined;
      const key = property.name && t.isIdentifier(property.name) ? property.name.text : undefined;
      const stable = local && names.topLevel.get(local.text) === 1 && !names.written.has(local.text);
      if (!local || key === undefined || !stable || key === 'default') {
        emit.around(statement, value, exportAssignment ? 'export = ' : 'export default ');
        return;
      }
      parts.push(key === local.text ? key : `${local.text} as ${key}`);
    }
    const namedLine = `export { ${parts.join(', ')} };`;
    if (interopDefault) emit.around(statement, value, `${namedLine}\nexport default `);
    else emit.whole(statement, namedLine);
    return;
  }
  if (exportAssignment) {
    emit.around(statement, value, 'export = ');
    return;
  }
  if ((t.isFunctionExpression(value) || t.isClassExpression(value)) && !value.modifiers?.length) {
    // A named default function/class declares its name in module scope; keep it an expression
    // when that name is taken.
    const clash = value.name !== undefined && names.topLevel.has(value.name.text);
    if (clash) emit.around(statement, value, 'export default (', ');');
    else emit.around(statement, value, 'export default ', '');
    return;
  }
  emit.around(statement, value, 'export default ');
}

function refuse(reason: string, at: ts.Node): ExportPlan {
  return { kind: 'refuse', reason, at };
}

