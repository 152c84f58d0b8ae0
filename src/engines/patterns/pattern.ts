import { ts } from '../../core/parse.js';
import { CodemorphError } from '../../core/errors.js';
import type { TextTest } from '../../core/pass.js';
import { repeatTests } from './repeats.js';
import { tokenSequences } from './sequences.js';

/** `$NAME` binds one node, `$$$NAME` a run of list elements; `$_` / `$$$_` match without binding. */
export const METAVAR = /^\$(\$\$)?[A-Z_][A-Z0-9_]*$/;

export interface Metavar {
  /** Without the dollar signs; `_` is the anonymous wildcard. */
  readonly name: string;
  readonly list: boolean;
}

export type PatternLanguage = 'ts' | 'tsx';

export type PatternShape =
  | { readonly kind: 'node'; readonly node: ts.Node }
  /** Two or more statements: matched against consecutive statements of any block. */
  | { readonly kind: 'statements'; readonly nodes: readonly ts.Node[] };

export interface Pattern {
  readonly source: string;
  readonly shape: PatternShape;
  /** Which pattern nodes are metavariables (wrappers such as `$X;` or `$$$P` parameters included). */
  readonly metavars: ReadonlyMap<ts.Node, Metavar>;
  readonly sourceFile: ts.SourceFile;
  /** Where the (trimmed) source starts in `sourceFile`'s text (wrappers such as `(`...`)` shift it). */
  readonly offset: number;
  /** Texts every match must contain: identifiers, keywords, operators (a cheap pre-filter on file text). */
  readonly needles: readonly string[];
  /**
   * Tests of the text every file with a match passes: token sequences (`void` then a number,
   * sequences.ts) and repeated code (`$A && $A.$B`, repeats.ts).
   */
  readonly sequences: readonly TextTest[];
}

const DECLARATION_START = /^(export\s|import[\s{*]|async\s+function\b|function\b|class\b|abstract\s+class\b|interface\b|enum\b|declare\s|namespace\s|module\s|type\s+[\w$]+\s*(<|=))/;

function parseErrors(sourceFile: ts.SourceFile): number {
  return ((sourceFile as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics ?? []).length;
}

function parse(text: string, language: PatternLanguage): ts.SourceFile {
  const kind = language === 'tsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(`pattern.${language}`, text, ts.ScriptTarget.Latest, true, kind);
}

function unparen(node: ts.Node): ts.Node {
  let current = node;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

function tryExpression(text: string, language: PatternLanguage): { sourceFile: ts.SourceFile; node: ts.Node } | undefined {
  // The newline before `)` keeps a trailing line comment in the pattern from eating the paren.
  const sourceFile = parse(`(${text}\n);`, language);
  if (parseErrors(sourceFile) > 0 || sourceFile.statements.length !== 1) return undefined;
  const statement = sourceFile.statements[0]!;
  if (!ts.isExpressionStatement(statement) || !ts.isParenthesizedExpression(statement.expression)) return undefined;
  const node = unparen(statement.expression);
  // `Promise<$T>` parses as an instantiation expression; a type reference is what anyone means.
  if (ts.isExpressionWithTypeArguments(node)) return undefined;
  return { sourceFile, node };
}

function tryStatements(text: string, language: PatternLanguage): { sourceFile: ts.SourceFile; nodes: ts.Node[] } | undefined {
  const sourceFile = parse(text, language);
  if (parseErrors(sourceFile) > 0 || sourceFile.statements.length === 0) return undefined;
  const only = sourceFile.statements.length === 1 ? sourceFile.statements[0] : undefined;
  if (only && ts.isExpressionStatement(only) && ts.isExpressionWithTypeArguments(only.expression)) return undefined;
  return { sourceFile, nodes: [...sourceFile.statements] };
}

function tryType(text: string, language: PatternLanguage): { sourceFile: ts.SourceFile; node: ts.Node } | undefined {
  const sourceFile = parse(`type __T = ${text}\n;`, language);
  if (parseErrors(sourceFile) > 0 || sourceFile.statements.length !== 1) return undefined;
  const statement = sourceFile.statements[0]!;
  if (!ts.isTypeAliasDeclaration(statement)) return undefined;
  return { sourceFile, node: statement.type };
}

function metavarName(node: ts.Node | undefined): Metavar | undefined {
  if (!node || !ts.isIdentifier(node)) return undefined;
  const text = node.text;
  if (!METAVAR.test(text)) return undefined;
  return text.startsWith('$$$') ? { name: text.slice(3), list: true } : { name: text.slice(1), list: false };
}

/**
 * Where a metavariable stands for a whole list element, the parser wraps its identifier in a
 * statement, parameter, property or member; the wrapper is the metavariable.
 */
function wrappedMetavar(node: ts.Node): Metavar | undefined {
  if (ts.isIdentifier(node)) return metavarName(node);
  if (ts.isExpressionStatement(node)) return metavarName(node.expression);
  if (ts.isTypeReferenceNode(node) && !node.typeArguments) return metavarName(node.typeName);
  if (ts.isExpressionWithTypeArguments(node) && !node.typeArguments) return metavarName(node.expression);
  if (ts.isParameter(node) && !node.type && !node.initializer && !node.dotDotDotToken && !node.modifiers) {
    return metavarName(node.name);
  }
  if (ts.isShorthandPropertyAssignment(node) && !node.objectAssignmentInitializer) return metavarName(node.name);
  if (ts.isBindingElement(node) && !node.propertyName && !node.initializer && !node.dotDotDotToken) {
    return metavarName(node.name);
  }
  if ((ts.isPropertyDeclaration(node) || ts.isPropertySignature(node)) && !node.type && !node.modifiers) {
    if (ts.isPropertyDeclaration(node) && node.initializer) return undefined;
    return metavarName(node.name);
  }
  if (ts.isTypeParameterDeclaration(node) && !node.constraint && !node.default) return metavarName(node.name);
  if (ts.isJsxExpression(node) && node.expression && !node.dotDotDotToken) {
    const inner = metavarName(node.expression);
    return inner?.list ? inner : undefined;
  }
  return undefined;
}

/**
 * Node kinds whose keyword or operator is written in the source but is not a child node of its
 * own (`void x` has only `x` as a child). A match has the same kind, so it contains the text.
 */
const IMPLIED_TEXT: ReadonlyMap<ts.SyntaxKind, string> = new Map([
  [ts.SyntaxKind.VoidExpression, 'void'],
  [ts.SyntaxKind.TypeOfExpression, 'typeof'],
  [ts.SyntaxKind.DeleteExpression, 'delete'],
  [ts.SyntaxKind.AwaitExpression, 'await'],
  [ts.SyntaxKind.NewExpression, 'new'],
  [ts.SyntaxKind.YieldExpression, 'yield'],
  [ts.SyntaxKind.ClassDeclaration, 'class'],
  [ts.SyntaxKind.ClassExpression, 'class'],
  [ts.SyntaxKind.FunctionDeclaration, 'function'],
  [ts.SyntaxKind.FunctionExpression, 'function'],
  [ts.SyntaxKind.ReturnStatement, 'return'],
  [ts.SyntaxKind.ThrowStatement, 'throw'],
  [ts.SyntaxKind.IfStatement, 'if'],
  [ts.SyntaxKind.WhileStatement, 'while'],
  [ts.SyntaxKind.SwitchStatement, 'switch'],
  [ts.SyntaxKind.TryStatement, 'try'],
  [ts.SyntaxKind.ImportDeclaration, 'import'],
  [ts.SyntaxKind.ExportDeclaration, 'export'],
  [ts.SyntaxKind.ExportAssignment, 'export'],
  [ts.SyntaxKind.AsExpression, 'as'],
  [ts.SyntaxKind.SatisfiesExpression, 'satisfies'],
  [ts.SyntaxKind.InterfaceDeclaration, 'interface'],
  [ts.SyntaxKind.EnumDeclaration, 'enum'],
  [ts.SyntaxKind.SpreadElement, '...'],
  [ts.SyntaxKind.SpreadAssignment, '...'],
  [ts.SyntaxKind.TemplateExpression, '${'],
]);

/**
 * Text every match of this node must contain: its identifier, its keyword (`this`, `null`,
 * a modifier, an operator keyword such as `instanceof`), a multi-character operator token
 * (`&&`, `?.`, `=>`, `===`), or the keyword its kind implies. Strings and numbers are left out:
 * 'a' matches "a", and 0x10 matches 16.
 */
function requiredText(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  const implied = IMPLIED_TEXT.get(node.kind);
  if (implied) return implied;
  const keyword = node.kind >= ts.SyntaxKind.FirstKeyword && node.kind <= ts.SyntaxKind.LastKeyword;
  const punctuation = node.kind >= ts.SyntaxKind.FirstPunctuation && node.kind <= ts.SyntaxKind.LastPunctuation;
  if (!keyword && !punctuation) return undefined;
  const text = ts.tokenToString(node.kind);
  return text !== undefined && text.length >= 2 ? text : undefined;
}

function collect(root: readonly ts.Node[]): { metavars: Map<ts.Node, Metavar>; needles: string[] } {
  const metavars = new Map<ts.Node, Metavar>();
  const needles = new Set<string>();
  const visit = (node: ts.Node): void => {
    const metavar = wrappedMetavar(node);
    if (metavar) {
      metavars.set(node, metavar);
      return;
    }
    const text = requiredText(node);
    if (text !== undefined) needles.add(text);
    ts.forEachChild(node, visit);
  };
  root.forEach(visit);
  return { metavars, needles: [...needles] };
}

export interface CompileOptions {
  /** 'tsx' lets JSX parse in patterns; by default TS is tried first, then TSX. */
  readonly language?: PatternLanguage;
  /** Parse only as this; by default expression, then statement(s), then type. */
  readonly shape?: 'expression' | 'statements' | 'type';
}

/**
 * Parses a pattern as an expression, then as statement(s), then as a type. Source starting
 * with a declaration keyword (`function`, `class`, `export`...) is tried as a statement first,
 * so `function $F() {}` matches declarations rather than function expressions.
 */
export function compilePattern(source: string, options: CompileOptions = {}): Pattern {
  const text = source.trim();
  if (text === '') throw new CodemorphError('usage', 'empty pattern');
  const languages: PatternLanguage[] = options.language ? [options.language] : ['ts', 'tsx'];
  for (const language of languages) {
    type Attempt = () => { sourceFile: ts.SourceFile; shape: PatternShape } | undefined;
    const byShape: Record<'expression' | 'statements' | 'type', Attempt> = {
      expression: () => {
        const parsed = tryExpression(text, language);
        return parsed && { sourceFile: parsed.sourceFile, shape: { kind: 'node', node: parsed.node } };
      },
      statements: () => {
        const parsed = tryStatements(text, language);
        if (!parsed) return undefined;
        if (parsed.nodes.length === 1) return { sourceFile: parsed.sourceFile, shape: { kind: 'node', node: parsed.nodes[0]! } };
        return { sourceFile: parsed.sourceFile, shape: { kind: 'statements', nodes: parsed.nodes } };
      },
      type: () => {
        const parsed = tryType(text, language);
        return parsed && { sourceFile: parsed.sourceFile, shape: { kind: 'node', node: parsed.node } };
      },
    };
    const order: Array<keyof typeof byShape> = options.shape
      ? [options.shape]
      : DECLARATION_START.test(text)
        ? ['statements', 'expression', 'type']
        : ['expression', 'statements', 'type'];
    const attempts = order.map((shape) => byShape[shape]);
    for (const attempt of attempts) {
      const result = attempt();
      if (!result) continue;
      const roots = result.shape.kind === 'node' ? [result.shape.node] : result.shape.nodes;
      const { metavars, needles } = collect(roots);
      // A list metavariable ($$$A) binds a run, not one node: it reads as the anonymous one here.
      const nameOf = (node: ts.Node): string | undefined => {
        const metavar = metavars.get(node);
        return metavar && (metavar.list ? '_' : metavar.name);
      };
      const sequences = [...tokenSequences(roots, (node) => metavars.has(node)), ...repeatTests(roots, nameOf)];
      const offset = result.sourceFile.text.indexOf(text);
      return { source: text, shape: result.shape, metavars, sourceFile: result.sourceFile, offset, needles, sequences };
    }
  }
  throw new CodemorphError('usage', `pattern does not parse as an expression, statement or type: ${text}`);
}
