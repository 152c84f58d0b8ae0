import type { ts as TS } from 'ts-morph';

// Reading tsconfig.json and package.json as TypeScript parses them (ts.parseJsonText), so that
// edits keep the file's own formatting. Not a pass.

/** The name of a JSON object's `"name": value` element; undefined for anything else. */
export function jsonPropertyName(ts: typeof TS, element: TS.ObjectLiteralElementLike): string | undefined {
  return ts.isPropertyAssignment(element) && ts.isStringLiteral(element.name) ? element.name.text : undefined;
}

/** The value of a JSON object's property `name` (tsconfig.json, package.json), if `node` is an object that has one. */
export function jsonProperty(ts: typeof TS, node: TS.Node | undefined, name: string): TS.Expression | undefined {
  if (!node || !ts.isObjectLiteralExpression(node)) return undefined;
  for (const member of node.properties) {
    if (ts.isPropertyAssignment(member) && jsonPropertyName(ts, member) === name) return member.initializer;
  }
  return undefined;
}

/** Every string leaf under a JSON value (exports conditions and subpaths, bin maps, arrays of fallbacks). */
export function jsonStringLeaves(ts: typeof TS, node: TS.Node | undefined): TS.StringLiteral[] {
  if (!node) return [];
  if (ts.isStringLiteral(node)) return [node];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => jsonStringLeaves(ts, element));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.flatMap((member) => (ts.isPropertyAssignment(member) ? jsonStringLeaves(ts, member.initializer) : []));
  }
  return [];
}
