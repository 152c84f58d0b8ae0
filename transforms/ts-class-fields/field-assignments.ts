import type { ts as TS } from 'ts-morph';

/** One `this.name = value` found in a class's own code. */
export interface FieldAssignment {
  readonly name: string;
  readonly value: TS.Expression;
  /** A statement of its own at the top level of the constructor body: always runs on construction. */
  readonly inConstructor: boolean;
  /** `/** @type {T} *\/ this.x = …`: the type JavaScript's checker took for the field. */
  readonly typeTag?: TS.JSDocTypeTag;
}

/**
 * The `this.x = …` assignments of a class's constructor, methods, accessors and property
 * initializers, arrow functions inside them included (they keep `this`); not nested `function`s
 * or classes, where `this` is another object. Static members are left out (`this` is the class).
 */
export function fieldAssignments(ts: typeof TS, cls: TS.ClassLikeDeclaration): FieldAssignment[] {
  const found: FieldAssignment[] = [];
  for (const member of cls.members) {
    if (ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword)) continue;
    if (ts.isClassStaticBlockDeclaration(member)) continue;
    const topLevel = ts.isConstructorDeclaration(member) && member.body ? new Set<TS.Node>(member.body.statements) : new Set<TS.Node>();
    const visit = (node: TS.Node): void => {
      if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassLike(node)) return;
      if (
        ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(node.left) && node.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
        ts.isIdentifier(node.left.name)
      ) {
        const statement = ts.isExpressionStatement(node.parent) ? node.parent : undefined;
        const typeTag = statement ? ts.getJSDocTypeTag(statement) : undefined;
        found.push({ name: node.left.name.text, value: node.right, inConstructor: statement !== undefined && topLevel.has(statement), typeTag });
      }
      ts.forEachChild(node, visit);
    };
    const body = ts.isPropertyDeclaration(member) ? member.initializer : (member as { body?: TS.Node }).body;
    if (body) visit(body);
  }
  return found;
}
