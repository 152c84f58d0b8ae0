import { definePass } from '../../src/core/pass.js';
import type { FileContext } from '../../src/core/pass.js';
import type { ts as TS } from 'ts-morph';
import { isNameUse } from '../commonjs-to-esm/names.js';
import { arrayEvidence, isAssigned } from '../for-each/array-evidence.js';

/** The parts of `for (let i = 0; i < arr.length; i++) { const x = arr[i]; ... }`. */
interface IndexLoop {
  readonly index: string;
  readonly indexKind: 'let' | 'var';
  readonly array: TS.Identifier;
  readonly body: TS.Block;
  readonly element: TS.VariableStatement;
  readonly elementDeclaration: TS.VariableDeclaration;
}

function isIndexName(ts: typeof TS, node: TS.Node, name: string): boolean {
  return ts.isIdentifier(node) && node.text === name;
}

function isIncrement(ts: typeof TS, node: TS.Expression | undefined, name: string): boolean {
  if (!node) return false;
  if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) && node.operator === ts.SyntaxKind.PlusPlusToken) {
    return isIndexName(ts, node.operand, name);
  }
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken &&
    isIndexName(ts, node.left, name) && ts.isNumericLiteral(node.right) && node.right.text === '1';
}

/**
 * Recognises the loop shape; undefined when it is not an index loop at all (no warning then), or
 * why not when it is one over an expression rather than a name.
 */
function matchLoop(ts: typeof TS, loop: TS.ForStatement, sourceFile: TS.SourceFile): IndexLoop | { why: string } | undefined {
  const init = loop.initializer;
  if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return undefined;
  if ((init.flags & ts.NodeFlags.Const) !== 0) return undefined;
  const declaration = init.declarations[0]!;
  if (!ts.isIdentifier(declaration.name) || !declaration.initializer) return undefined;
  if (!ts.isNumericLiteral(declaration.initializer) || declaration.initializer.text !== '0') return undefined;
  const index = declaration.name.text;
  const condition = loop.condition;
  if (!condition || !ts.isBinaryExpression(condition) || condition.operatorToken.kind !== ts.SyntaxKind.LessThanToken) return undefined;
  if (!isIndexName(ts, condition.left, index)) return undefined;
  const length = condition.right;
  if (!ts.isPropertyAccessExpression(length) || length.name.text !== 'length') return undefined;
  if (!ts.isIdentifier(length.expression)) {
    const array = length.expression.getText(sourceFile);
    const first = ts.isBlock(loop.statement) ? loop.statement.statements[0] : undefined;
    const init = first && ts.isVariableStatement(first) ? first.declarationList.declarations[0]?.initializer : undefined;
    if (!init || !ts.isElementAccessExpression(init) || init.expression.getText(sourceFile) !== array) return undefined;
    return { why: `the array is an expression (\`${array}\`) that the index loop evaluates on every iteration; assign it to a const first` };
  }
  if (!isIncrement(ts, loop.incrementor, index)) return undefined;
  if (!ts.isBlock(loop.statement)) return undefined;
  const first = loop.statement.statements[0];
  if (!first || !ts.isVariableStatement(first) || first.declarationList.declarations.length !== 1) return undefined;
  const elementDeclaration = first.declarationList.declarations[0]!;
  const value = elementDeclaration.initializer;
  if (!value || !ts.isElementAccessExpression(value)) return undefined;
  if (!isIndexName(ts, value.expression, length.expression.text) || !isIndexName(ts, value.argumentExpression, index)) return undefined;
  return {
    index,
    indexKind: (init.flags & ts.NodeFlags.Let) !== 0 ? 'let' : 'var',
    array: length.expression,
    body: loop.statement,
    element: first,
    elementDeclaration,
  };
}

/** References to `name` below `root`; property names (`item.i`, `{ i: 1 }`) are not references. */
function countIdentifier(ts: typeof TS, root: TS.Node, name: string): number {
  let count = 0;
  const visit = (node: TS.Node): void => {
    if (ts.isIdentifier(node) && node.text === name && isNameUse(ts, node)) count++;
    ts.forEachChild(node, visit);
  };
  visit(root);
  return count;
}

/** The function body or file that a `var` index belongs to. */
function varScope(ts: typeof TS, node: TS.Node): TS.Node {
  let current = node.parent;
  while (!ts.isSourceFile(current) && !ts.isFunctionLike(current)) current = current.parent;
  return current;
}

function convert(ctx: FileContext, loop: TS.ForStatement, shape: IndexLoop): void {
  const { ts, sourceFile, text } = ctx;
  const refuse = (why: string): void => ctx.warn(`index loop left alone: ${why}`, loop);
  const arrayName = shape.array.text;
  // The index may appear only in the header (4 times) and in `arr[i]` of the first statement.
  if (countIdentifier(ts, shape.body, shape.index) !== 1) return refuse(`\`${shape.index}\` is used for more than reading \`${arrayName}[${shape.index}]\` once`);
  if (shape.indexKind === 'var') {
    const scope = varScope(ts, loop);
    if (countIdentifier(ts, scope, shape.index) !== countIdentifier(ts, loop, shape.index)) {
      return refuse(`the \`var ${shape.index}\` is used outside the loop`);
    }
  }
  // Anywhere in the file: a function called from the loop could reassign it too.
  if (isAssigned(ts, sourceFile, arrayName)) return refuse(`\`${arrayName}\` is reassigned in this file (the iterator would keep the old array)`);
  const declarationKind = shape.element.declarationList.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let);
  if (declarationKind === 0) return refuse('the element is declared with `var`');
  if (shape.elementDeclaration.type) return refuse('the element declaration has a type annotation');
  // `arguments` iterates exactly like its index loop.
  if (!ctx.options.assumeArrays && arrayName !== 'arguments') {
    const evidence = arrayEvidence(ts, sourceFile, shape.array);
    if (evidence.kind === 'unknown') {
      return refuse(`${evidence.why}; for...of differs on strings (code points) and plain array-likes (not iterable). Set assumeArrays to convert anyway`);
    }
  }
  const bodyStart = shape.body.getStart(sourceFile);
  const header = text.slice(loop.getStart(sourceFile), bodyStart);
  const elementStart = shape.element.getStart(sourceFile);
  if (/\/[/*]/.test(header) || /\/[/*]/.test(text.slice(bodyStart, elementStart)) || /\/[/*]/.test(shape.element.getText(sourceFile))) {
    return refuse('a comment in the loop header or the element declaration');
  }
  const keyword = declarationKind === ts.NodeFlags.Const ? 'const' : 'let';
  const binding = shape.elementDeclaration.name.getText(sourceFile);
  ctx.edits.replaceRange(loop.getStart(sourceFile), bodyStart, `for (${keyword} ${binding} of ${arrayName}) `);
  // Drop the element line with its indentation and line break.
  const lineStart = text.lastIndexOf('\n', elementStart - 1) + 1;
  const lineEnd = text.indexOf('\n', shape.element.getEnd());
  const alone = lineStart > bodyStart && /^[ \t]*$/.test(text.slice(lineStart, elementStart)) &&
    lineEnd !== -1 && /^[ \t\r]*$/.test(text.slice(shape.element.getEnd(), lineEnd));
  if (alone) ctx.edits.replaceRange(lineStart, lineEnd + 1, '');
  else ctx.edits.replaceRange(elementStart, shape.element.getEnd(), '');
  ctx.stat('for-of');
}

export const pass = definePass({
  id: 'for-of',
  title: 'Index loops to for...of',
  description:
    'Rewrites `for (let i = 0; i < arr.length; i++) { const x = arr[i]; ... }` to `for (const x of arr) { ... }` when ' +
    'the index is used only for that one read, `arr` is never reassigned in the file, and a `var` index is not used ' +
    'after the loop. The array iterator reads the length and elements the same way as the index loop, so pushes and ' +
    'removals during the loop behave alike. Strings (iterated by code point) and plain array-likes (not iterable) ' +
    'differ, so by default `arr` must plainly be an array made in the same file; unknown receivers are left alone ' +
    'with a warning unless the assumeArrays option is set.',
  needs: 'syntax',
  jsdoc: false,
  match: ['.length'],
  options: {
    assumeArrays: {
      type: 'boolean',
      default: false,
      description: 'Treat every loop receiver as an array or other iterable with array-like iteration (no strings, no plain array-likes).',
    },
  },
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    const visit = (node: TS.Node): void => {
      if (ts.isForStatement(node)) {
        const shape = matchLoop(ts, node, sourceFile);
        if (shape && 'why' in shape) ctx.warn(`index loop left alone: ${shape.why}`, node);
        else if (shape) convert(ctx, node, shape);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
