import type { ts as TS } from 'ts-morph';
import { nodeAt } from './explicit-any.js';

const TOO_FEW_ARGUMENTS = 2554; // Expected 2 arguments, but got 1.

/**
 * The parameters of this file's functions that some call in the program leaves out. JavaScript
 * lets a caller leave out any argument, and TypeScript treats every parameter of a JavaScript
 * file as optional; once renamed, each such call is an error at the caller (often many, in
 * tests), while the cause is one declaration. Only parameters that can take `?` without a new
 * error elsewhere: a plain name, untyped or of a type that takes `undefined` already (`any`,
 * `unknown`, `T | undefined`, as the usage pass writes for `options || {}`), and every later
 * parameter optional too.
 */
/** A declared type a left-out argument (undefined) already fits: `any`, `unknown`, or a union with `undefined`. */
function takesUndefined(ts: typeof TS, type: TS.TypeNode): boolean {
  if (type.kind === ts.SyntaxKind.AnyKeyword || type.kind === ts.SyntaxKind.UnknownKeyword) return true;
  return ts.isUnionTypeNode(type) && type.types.some((member) => member.kind === ts.SyntaxKind.UndefinedKeyword);
}

export function omittedParameters(ts: typeof TS, program: TS.Program, checker: TS.TypeChecker, sourceFile: TS.SourceFile): Set<TS.ParameterDeclaration> {
  const omitted = new Set<TS.ParameterDeclaration>();
  // The program caches each file's diagnostics: every file of the step asks, the checker works
  // once. Declaration files (the default library, packages' types) cannot call this file.
  const callers = program.getSourceFiles().filter((file) => !file.isDeclarationFile && !/[\\/]node_modules[\\/]/.test(file.fileName));
  for (const diagnostic of callers.flatMap((file) => program.getSemanticDiagnostics(file))) {
    if (diagnostic.code !== TOO_FEW_ARGUMENTS || !diagnostic.file || diagnostic.start === undefined) continue;
    let call: TS.Node | undefined = nodeAt(ts, diagnostic.file, diagnostic.start);
    while (call && !ts.isCallExpression(call) && !ts.isNewExpression(call)) call = call.parent;
    if (!call) continue;
    const declaration = checker.getResolvedSignature(call as TS.CallLikeExpression)?.declaration;
    if (!declaration || declaration.getSourceFile() !== sourceFile || !ts.isFunctionLike(declaration)) continue;
    const supplied = (call as TS.CallExpression).arguments?.length ?? 0;
    const left = declaration.parameters.slice(supplied);
    const canBeOptional = (parameter: TS.ParameterDeclaration): boolean =>
      Boolean(parameter.questionToken || parameter.initializer) ||
      (ts.isIdentifier(parameter.name) && !parameter.dotDotDotToken && (!parameter.type || takesUndefined(ts, parameter.type)));
    if (left.length === 0 || !left.every(canBeOptional)) continue;
    for (const parameter of left) if (!parameter.questionToken && !parameter.initializer && !parameter.dotDotDotToken) omitted.add(parameter);
  }
  return omitted;
}
