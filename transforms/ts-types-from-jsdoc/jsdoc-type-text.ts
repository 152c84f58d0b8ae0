import type { ts as TS } from 'ts-morph';

/**
 * JSDoc type expressions as TypeScript type text. Written against the parsed tree, not copied from
 * TypeScript's annotateWithTypeFromJSDoc fix, whose output differs where TypeScript code reads
 * better (`Record<K, V>` for `Object.<K, V>`, `?` on optional parameters).
 */

/**
 * `strict` spells what JSDoc leaves open (`*`, `?`, bare `Object`, `Array`, `Promise`) with
 * `unknown`; `loose` with `any` (what the checker assumed in the JavaScript file), the fallback
 * when the strict spelling does not type-check.
 */
export type Looseness = 'strict' | 'loose';

const PRIMITIVES: Readonly<Record<string, string>> = {
  String: 'string',
  Number: 'number',
  Boolean: 'boolean',
  Symbol: 'symbol',
  BigInt: 'bigint',
  Undefined: 'undefined',
  Null: 'null',
  Void: 'void',
};

/** Whether the type needs parentheses as the operand of `|`, `[]` or `| null`. */
function needsParens(ts: typeof TS, node: TS.TypeNode): boolean {
  return ts.isFunctionTypeNode(node) || ts.isConstructorTypeNode(node) || ts.isJSDocFunctionType(node) || ts.isConditionalTypeNode(node);
}

function containsJSDocSyntax(ts: typeof TS, node: TS.Node): boolean {
  if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return true;
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && (node.typeName.text in PRIMITIVES || ['Object', 'Array', 'Promise', 'array', 'object'].includes(node.typeName.text))) return true;
  return ts.forEachChild(node, (child) => (containsJSDocSyntax(ts, child) ? true : undefined)) ?? false;
}

export class JSDocTypePrinter {
  constructor(
    private readonly ts: typeof TS,
    private readonly sourceFile: TS.SourceFile,
    private readonly looseness: Looseness,
  ) {}

  private get open(): string {
    return this.looseness === 'strict' ? 'unknown' : 'any';
  }

  /** The type as TypeScript text; undefined for what has no TypeScript spelling here (`new:` functions). */
  print(node: TS.TypeNode): string | undefined {
    const { ts } = this;
    if (!containsJSDocSyntax(ts, node)) return node.getText(this.sourceFile);
    if (ts.isJSDocAllType(node) || ts.isJSDocUnknownType(node)) return this.open;
    if (ts.isJSDocNonNullableType(node) || ts.isJSDocOptionalType(node) || ts.isJSDocVariadicType(node)) return this.print(node.type);
    if (ts.isJSDocNullableType(node)) return this.operand(node.type, (inner) => `${inner} | null`);
    if (ts.isParenthesizedTypeNode(node)) return this.wrap(this.print(node.type), (inner) => `(${inner})`);
    if (ts.isUnionTypeNode(node)) return this.list(node.types.map((member) => this.operandText(member)), ' | ');
    if (ts.isIntersectionTypeNode(node)) return this.list(node.types.map((member) => this.operandText(member)), ' & ');
    if (ts.isArrayTypeNode(node)) return this.operand(node.elementType, (inner) => `${inner}[]`);
    if (ts.isTypeReferenceNode(node)) return this.reference(node);
    if (ts.isJSDocFunctionType(node) || ts.isFunctionTypeNode(node)) return this.functionType(node);
    if (ts.isTypeLiteralNode(node)) return this.typeLiteral(node);
    if (ts.isJSDocTypeLiteral(node)) return this.jsDocTypeLiteral(node, '');
    if (ts.isTupleTypeNode(node)) return this.wrap(this.list(node.elements.map((element) => this.print(element)), ', '), (inner) => `[${inner}]`);
    if (ts.isTypeOperatorNode(node)) return this.wrap(this.print(node.type), (inner) => `${ts.tokenToString(node.operator)} ${inner}`);
    return undefined;
  }

  /** A JSDoc `{Object}` with `@property` (or nested `@param`) tags, one member a line. */
  jsDocTypeLiteral(node: TS.JSDocTypeLiteral, indent: string | 'inline'): string | undefined {
    const tags = node.jsDocPropertyTags ?? [];
    if (node.isArrayType) return this.wrap(this.jsDocTypeLiteral({ ...node, isArrayType: false } as TS.JSDocTypeLiteral, indent), (inner) => `${inner}[]`);
    const members: string[] = [];
    for (const tag of tags) {
      const name = this.ts.isIdentifier(tag.name) ? tag.name.text : tag.name.right.text;
      const typeNode = tag.typeExpression?.type;
      const type = typeNode
        ? this.ts.isJSDocTypeLiteral(typeNode)
          ? this.jsDocTypeLiteral(typeNode, indent === 'inline' ? indent : `${indent}  `)
          : this.print(typeNode)
        : this.open;
      if (type === undefined) return undefined;
      const optional = tag.isBracketed || (typeNode !== undefined && this.ts.isJSDocOptionalType(typeNode));
      const member = `${propertyName(name)}${optional ? '?' : ''}: ${type}`;
      if (indent === 'inline') {
        members.push(member);
        continue;
      }
      const description = commentText(this.ts, tag.comment);
      const doc = description ? `${indent}  /** ${description.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';
      members.push(`${doc}${indent}  ${member};\n`);
    }
    if (members.length === 0) return `Record<string, ${this.open}>`;
    return indent === 'inline' ? `{ ${members.join('; ')} }` : `{\n${members.join('')}${indent}}`;
  }

  private reference(node: TS.TypeReferenceNode): string | undefined {
    const { ts } = this;
    const name = node.typeName.getText(this.sourceFile);
    const args = node.typeArguments?.map((argument) => this.print(argument));
    if (args?.some((argument) => argument === undefined)) return undefined;
    const texts = args as string[] | undefined;
    if (!texts && name in PRIMITIVES) return PRIMITIVES[name];
    if (name === 'Object' || name === 'object') {
      if (!texts) return name === 'object' ? 'object' : `Record<string, ${this.open}>`;
      if (texts.length === 2) return `Record<${texts[0]}, ${texts[1]}>`;
      if (texts.length === 1) return `Record<string, ${texts[0]}>`;
    }
    if (name === 'Array' || name === 'array') {
      if (!texts) return `${this.open}[]`;
      const element = node.typeArguments![0]!;
      return texts.length === 1 && !ts.isUnionTypeNode(element) && !needsParens(ts, element) ? `${texts[0]}[]` : `Array<${texts.join(', ')}>`;
    }
    if (name === 'Promise' && !texts) return `Promise<${this.open}>`;
    return texts ? `${name}<${texts.join(', ')}>` : name;
  }

  private functionType(node: TS.JSDocFunctionType | TS.FunctionTypeNode): string | undefined {
    const { ts } = this;
    const parameters: string[] = [];
    let index = 0;
    for (const parameter of node.parameters) {
      const typeNode = parameter.type;
      let type = typeNode ? this.print(typeNode) : this.open;
      if (type === undefined) return undefined;
      const given = parameter.name && ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
      if (given === 'new') return undefined;
      if (given === 'this') {
        parameters.push(`this: ${type}`);
        continue;
      }
      const rest = parameter.dotDotDotToken !== undefined || (typeNode !== undefined && ts.isJSDocVariadicType(typeNode));
      const optional = parameter.questionToken !== undefined || (typeNode !== undefined && ts.isJSDocOptionalType(typeNode));
      if (rest && typeNode && ts.isJSDocVariadicType(typeNode)) type = needsParens(ts, typeNode.type) || ts.isUnionTypeNode(typeNode.type) ? `(${type})[]` : `${type}[]`;
      const name = given && ts.isFunctionTypeNode(node) ? given : `arg${index}`;
      parameters.push(`${rest ? '...' : ''}${name}${optional && !rest ? '?' : ''}: ${type}`);
      index++;
    }
    const result = node.type ? this.print(node.type) : 'void';
    if (result === undefined) return undefined;
    return `(${parameters.join(', ')}) => ${result}`;
  }

  private typeLiteral(node: TS.TypeLiteralNode): string | undefined {
    const { ts } = this;
    const members: string[] = [];
    for (const member of node.members) {
      if (!ts.isPropertySignature(member)) {
        if (containsJSDocSyntax(ts, member)) return undefined;
        members.push(member.getText(this.sourceFile).replace(/[;,]$/, ''));
        continue;
      }
      const type = member.type ? this.print(member.type) : this.open;
      if (type === undefined) return undefined;
      const optional = member.questionToken !== undefined || (member.type !== undefined && ts.isJSDocOptionalType(member.type));
      members.push(`${member.name.getText(this.sourceFile)}${optional ? '?' : ''}: ${type}`);
    }
    return members.length === 0 ? '{}' : `{ ${members.join('; ')} }`;
  }

  private operandText(node: TS.TypeNode): string | undefined {
    return this.operand(node, (inner) => inner);
  }

  private operand(node: TS.TypeNode, build: (inner: string) => string): string | undefined {
    const inner = this.print(node);
    if (inner === undefined) return undefined;
    const { ts } = this;
    const parens = needsParens(ts, node) || (ts.isJSDocNullableType(node) && build('x') !== 'x') || ts.isUnionTypeNode(node);
    return build(parens && build('x') !== 'x' ? `(${inner})` : inner);
  }

  private wrap(inner: string | undefined, build: (inner: string) => string): string | undefined {
    return inner === undefined ? undefined : build(inner);
  }

  private list(items: ReadonlyArray<string | undefined>, separator: string): string | undefined {
    return items.some((item) => item === undefined) ? undefined : items.join(separator);
  }
}

function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** A tag's or comment's description as plain text (JSDoc links as written). */
export function commentText(ts: typeof TS, comment: string | TS.NodeArray<TS.JSDocComment> | undefined): string {
  if (comment === undefined) return '';
  const text = typeof comment === 'string' ? comment : ts.getTextOfJSDocComment(comment) ?? '';
  // TypeScript reads the `*` that starts the next line as the comment of some tags (`@this {T}`).
  const trimmed = text.replace(/^\s*-\s+/, '').trim();
  return /^[\s*]*$/.test(trimmed) ? '' : trimmed;
}
