import type { ts as TS } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';
import type { EditGroup } from '../shared/type-gate.js';
import type { Source } from './code-fixes.js';
import { plainTypeText } from './call-sites.js';

/**
 * `const o = {}` (or `let`/`var`) filled in afterwards is an error in TypeScript (`{}` has no
 * property `a`), and no implicit-any fix covers it: its shape comes from the assignments.
 * `o.a = 1; o.b = 'x'` gives `{ a?: number; b?: string }` (optional: the literal starts empty);
 * `o[key] = v` with computed keys gives `Record<string, V>`. Types are the assigned values',
 * widened (`1` is `number`), joined by `|` when a property is assigned several times.
 */
export function emptyObjectGroups(ctx: FileContext): EditGroup<Source>[] {
  const { ts, sourceFile } = ctx;
  const checker = ctx.checker!;
  const groups: EditGroup<Source>[] = [];
  const typeText = (expression: TS.Expression, at: TS.Node): string | undefined => {
    const type = checker.getBaseTypeOfLiteralType(checker.getTypeAtLocation(expression));
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
    const text = plainTypeText(checker.typeToString(checker.getWidenedType(type), at, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType));
    return /(^|\W)any\b|import\(|\.\.\./.test(text) ? undefined : text;
  };
  const visit = (node: TS.Node): void => {
    if (
      ts.isVariableDeclaration(node) && !node.type && ts.isIdentifier(node.name) && node.initializer &&
      ts.isObjectLiteralExpression(node.initializer) && node.initializer.properties.length === 0
    ) {
      const group = shapeOf(ctx, node, node.name, typeText);
      if (group) groups.push(group);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return groups;
}

function shapeOf(
  ctx: FileContext,
  declaration: TS.VariableDeclaration,
  name: TS.Identifier,
  typeText: (expression: TS.Expression, at: TS.Node) => string | undefined,
): EditGroup<Source> | undefined {
  const { ts } = ctx;
  const checker = ctx.checker!;
  const symbol = checker.getSymbolAtLocation(name);
  if (!symbol) return undefined;
  const scope = declaration.parent.parent.parent;
  const named = new Map<string, Set<string>>();
  const computed = new Set<string>();
  let refused = false;
  const visit = (node: TS.Node): void => {
    if (refused) return;
    if (
      ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left)) &&
      ts.isIdentifier(node.left.expression) && checker.getSymbolAtLocation(node.left.expression) === symbol
    ) {
      const type = typeText(node.right, declaration);
      if (type === undefined) refused = true;
      else if (ts.isPropertyAccessExpression(node.left)) add(named, node.left.name.text, type);
      else if (ts.isStringLiteralLike(node.left.argumentExpression) && /^[A-Za-z_$][\w$]*$/.test(node.left.argumentExpression.text)) {
        add(named, node.left.argumentExpression.text, type);
      } else computed.add(type);
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  if (refused || (named.size === 0 && computed.size === 0) || (named.size > 0 && computed.size > 0)) return undefined;
  const annotation =
    computed.size > 0
      ? `Record<string, ${[...computed].join(' | ')}>`
      : `{ ${[...named].map(([key, types]) => `${key}?: ${[...types].join(' | ')}`).join('; ')} }`;
  return { edits: [{ start: name.end, end: name.end, text: `: ${annotation}` }], data: 'literal' };
}

function add(map: Map<string, Set<string>>, key: string, type: string): void {
  map.set(key, (map.get(key) ?? new Set()).add(type));
}
