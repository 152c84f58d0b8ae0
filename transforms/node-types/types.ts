import type { ts } from 'ts-morph';

type TS = typeof ts;

/** The ambient module (`declare module 'http'` in @types/node) a declaration sits in, without a `node:` prefix. */
function ambientModuleOf(t: TS, declaration: ts.Node): string | undefined {
  for (let node: ts.Node | undefined = declaration; node; node = node.parent) {
    if (t.isModuleDeclaration(node) && t.isStringLiteral(node.name)) return node.name.text.replace(/^node:/, '');
  }
  return undefined;
}

/**
 * Whether the type (or, for a union, every member) is one of `names`, or derives from one, as
 * declared by a core module's typings: a class of the project's own called `Dirent` is not `fs.Dirent`.
 */
export function declaredIn(checker: ts.TypeChecker, t: TS, type: ts.Type, modules: readonly string[], names: readonly string[], depth = 0): boolean {
  if (depth > 8 || type.flags & (t.TypeFlags.Any | t.TypeFlags.Unknown)) return false;
  if (type.isUnion()) return type.types.length > 0 && type.types.every((member) => declaredIn(checker, t, member, modules, names, depth + 1));
  // http.createServer's listener gets `ServerResponse & { req: IncomingMessage }`: one part suffices.
  if (type.isIntersection()) return type.types.some((member) => declaredIn(checker, t, member, modules, names, depth + 1));
  const symbol = type.getSymbol();
  const matches = symbol?.declarations?.some((declaration) => {
    const module = ambientModuleOf(t, declaration);
    return names.includes(symbol.getName()) && module !== undefined && modules.includes(module);
  });
  if (matches) return true;
  const target = (type as ts.TypeReference).target ?? type;
  if (!(target.flags & t.TypeFlags.Object) || !((target as ts.ObjectType).objectFlags & (t.ObjectFlags.Class | t.ObjectFlags.Interface))) return false;
  return checker.getBaseTypes(target as ts.InterfaceType).some((base) => declaredIn(checker, t, base, modules, names, depth + 1));
}

/** Data `Buffer.from` copies: arrays, tuples, typed arrays, ArrayBuffers and Buffers. */
export function isArrayLikeData(checker: ts.TypeChecker, t: TS, type: ts.Type): boolean {
  if (type.isUnion()) return type.types.every((member) => isArrayLikeData(checker, t, member));
  if (checker.isArrayType(type) || checker.isTupleType(type)) return true;
  const name = type.getSymbol()?.getName();
  return name !== undefined && /^(Buffer|Uint8Array|ArrayBuffer|SharedArrayBuffer)$/.test(name);
}
