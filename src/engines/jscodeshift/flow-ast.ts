import type { ParserObject } from './parser.js';

interface Located {
  range?: [number, number];
  loc?: { start: { line: number; column: number } };
  start?: number;
}

/**
 * flow-parser's range for `static #x = 1` starts at `#x`, so recast, reusing the original text
 * of a moved or reprinted field, drops `static`. Extends the node back over the keyword.
 */
function includeStaticKeyword(node: Record<string, unknown>, source: string): void {
  const located = node as Located;
  const start = located.range?.[0];
  if (start === undefined || source.startsWith('static', start)) return;
  // Only the text just before the key: `static`, then blanks or block comments.
  const windowStart = Math.max(0, start - 256);
  const before = /static(?:\s|\/\*[\s\S]*?\*\/)*$/.exec(source.slice(windowStart, start));
  if (!before) return;
  const from = windowStart + before.index;
  located.range = [from, located.range![1]];
  if (typeof located.start === 'number') located.start = from;
  if (located.loc) {
    const lineStart = source.lastIndexOf('\n', from - 1) + 1;
    let line = 1;
    for (let i = source.indexOf('\n'); i !== -1 && i < from; i = source.indexOf('\n', i + 1)) line++;
    located.loc = { ...located.loc, start: { line, column: from - lineStart } };
  }
}

const ENUM_BODIES: Record<string, string> = {
  string: 'EnumStringBody',
  number: 'EnumNumberBody',
  boolean: 'EnumBooleanBody',
  symbol: 'EnumSymbolBody',
};

/** Newer flow-parser has one `EnumBody`; ast-types knows the older per-type bodies. */
function enumBodyType(body: Record<string, unknown>): string {
  if (typeof body.explicitType === 'string') return ENUM_BODIES[body.explicitType] ?? 'EnumBody';
  const members = Array.isArray(body.members) ? (body.members as Array<{ type?: string }>) : [];
  if (members.some((member) => member.type === 'EnumNumberMember')) return 'EnumNumberBody';
  if (members.some((member) => member.type === 'EnumBooleanMember')) return 'EnumBooleanBody';
  return 'EnumStringBody';
}

/**
 * flow-parser ≥ 0.159 emits `PropertyDefinition` for class fields, `PrivateIdentifier` for `#x`
 * and (later) one `EnumBody` for all enums: node types the ast-types bundled with recast cannot
 * visit ("did not recognize object of type PropertyDefinition", jscodeshift#450). flow-parser
 * ≤ 0.158 called the field nodes `ClassProperty` / `ClassPrivateProperty` with the same fields,
 * ast-types spells `#x` as `PrivateName { id }` and knows the per-type enum bodies, so renaming
 * in place keeps transforms and recast's printer working without pinning flow-parser.
 */
function renameNewNodeTypes(node: unknown, source: string): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      continue;
    }
    const record = current as Record<string, unknown>;
    if (record.type === 'PropertyDefinition') {
      const key = record.key as { type?: string } | undefined;
      const isPrivate = key?.type === 'PrivateName' || key?.type === 'PrivateIdentifier';
      record.type = isPrivate ? 'ClassPrivateProperty' : 'ClassProperty';
      if (isPrivate && record.static === true) includeStaticKeyword(record, source);
    } else if (record.type === 'EnumBody') {
      record.type = enumBodyType(record);
      record.explicitType = typeof record.explicitType === 'string';
    } else if (record.type === 'PrivateIdentifier') {
      // `#x` (ESTree PrivateIdentifier { name }) is Babel's PrivateName { id } in ast-types.
      record.type = 'PrivateName';
      record.id = { type: 'Identifier', name: record.name };
      delete record.name;
    }
    for (const [field, value] of Object.entries(record)) {
      // Skip position data and back references: they hold no nodes and some are shared.
      if (field === 'loc' || field === 'range' || field === 'tokens' || field === 'comments') continue;
      if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
}

/** Wraps flow's parser so every AST it returns uses node types recast's ast-types knows. */
export function withFlowNodesRenamed(parser: ParserObject): ParserObject {
  return {
    parse(source: string, options?: unknown): unknown {
      const ast = parser.parse(source, options);
      renameNewNodeTypes(ast, source);
      return ast;
    },
  };
}

