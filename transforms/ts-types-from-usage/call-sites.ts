import type { ts as TS } from 'ts-morph';

type FunctionLike = TS.FunctionDeclaration | TS.FunctionExpression | TS.ArrowFunction | TS.MethodDeclaration | TS.ConstructorDeclaration;

/** The calls of each function in the program, found once per program (one walk over its files). */
const callIndex = new WeakMap<TS.Program, Map<TS.Node, Array<TS.CallExpression | TS.NewExpression>>>();

function callsByDeclaration(ts: typeof TS, program: TS.Program): Map<TS.Node, Array<TS.CallExpression | TS.NewExpression>> {
  let index = callIndex.get(program);
  if (index) return index;
  index = new Map();
  const checker = program.getTypeChecker();
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.includes('/node_modules/')) continue;
    const visit = (node: TS.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        let declaration: TS.Node | undefined = symbol?.valueDeclaration;
        if (declaration && ts.isVariableDeclaration(declaration)) declaration = declaration.initializer;
        // `new C(…)` calls C's constructor.
        if (declaration && ts.isNewExpression(node)) declaration = ts.isClassLike(declaration) ? declaration.members.find(ts.isConstructorDeclaration) : undefined;
        if (declaration) index!.set(declaration, [...(index!.get(declaration) ?? []), node]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  callIndex.set(program, index);
  return index;
}

/**
 * A parameter's type from what its call sites pass: the union of the arguments' widened types
 * (`{ width: 2 }` gives `{ width: number; }`), `?` when some call leaves it out. Undefined when
 * there is no call, an argument is spread or untyped, or a type has no plain spelling here.
 */
export function typeFromCallSites(ts: typeof TS, program: TS.Program, parameter: TS.ParameterDeclaration): { text: string; literal: boolean } | undefined {
  const fn = parameter.parent as FunctionLike;
  if (!ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn) && !ts.isMethodDeclaration(fn) && !ts.isConstructorDeclaration(fn)) return undefined;
  if (parameter.dotDotDotToken || parameter.initializer || !ts.isIdentifier(parameter.name)) return undefined;
  const calls = callsByDeclaration(ts, program).get(fn) ?? [];
  if (calls.length === 0) return undefined;
  const checker = program.getTypeChecker();
  const index = fn.parameters.indexOf(parameter);
  const types = new Set<string>();
  let omitted = false;
  let literal = true;
  for (const call of calls) {
    const args = call.arguments ?? [];
    if (args.some((argument) => ts.isSpreadElement(argument))) return undefined;
    const argument = args[index];
    if (!argument) {
      omitted = true;
      continue;
    }
    if (!ts.isObjectLiteralExpression(argument)) literal = false;
    const type = checker.getWidenedType(checker.getBaseTypeOfLiteralType(checker.getTypeAtLocation(argument)));
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) return undefined;
    const text = plainTypeText(checker.typeToString(type, fn, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType));
    if (/(^|\W)any\b|import\(|\.\.\.|\btypeof\b/.test(text) || text === 'never[]') return undefined;
    types.add(/=>/.test(text) && types.size + 1 > 1 ? `(${text})` : text);
  }
  if (types.size === 0) return undefined;
  const later = fn.parameters.slice(index + 1).some((next) => !next.initializer && !next.questionToken && !next.dotDotDotToken);
  const union = [...types].join(' | ');
  if (omitted) return later ? { text: `: ${union} | undefined`, literal } : { text: `?: ${union}`, literal };
  return { text: `: ${union}`, literal };
}

/** `{ a: number; b: string; }` as people write it: `{ a: number; b: string }`. */
export function plainTypeText(text: string): string {
  return text.replace(/;\s*}/g, ' }');
}
