import type { ts as TS } from 'ts-morph';
import { returnsOf, type Callback, type Chain } from './chain.js';
import { indentUnit, lineIndent, literalRanges, needsParensUnderAwait, renderRange, startsLine, type Insert } from './emit.js';

export interface Candidate {
  readonly fn: TS.FunctionDeclaration | TS.FunctionExpression | TS.ArrowFunction | TS.MethodDeclaration;
  readonly call: TS.CallExpression;
  /** The final `return` (absent for an arrow whose expression body is the chain). */
  readonly statement?: TS.ReturnStatement;
  readonly chain: Chain;
}

export type Rendered =
  | {
      readonly kind: 'ok';
      readonly text: string;
      readonly replace: { readonly start: number; readonly end: number };
      /** Ranges of the replaced text that survive in the new text (comments elsewhere would be lost). */
      readonly kept: ReadonlyArray<[number, number]>;
    }
  | { readonly kind: 'refused'; readonly reason: string };

const FRESH = ['promise', 'pending', 'result'];

/** Builds the async body: `const x = await p;` per step, the last step's value returned, try/catch for a final .catch. */
export function render(
  ts: typeof TS,
  sourceFile: TS.SourceFile,
  candidate: Candidate,
  mayBeThenable: (node: TS.Expression) => boolean,
): Rendered {
  const text = sourceFile.text;
  const { fn, chain } = candidate;
  const unit = indentUnit(text);
  const literals = literalRanges(ts, fn, sourceFile);
  const kept: Array<[number, number]> = [];
  const keep = (node: TS.Node): void => {
    kept.push([node.getStart(sourceFile), node.getEnd()]);
  };

  const arrowBody = !candidate.statement;
  const anchor = candidate.statement ?? fn;
  const base = lineIndent(text, anchor.getStart(sourceFile));
  const outer = arrowBody ? base + unit : startsLine(text, anchor.getStart(sourceFile)) ? base : base + unit;
  const inner = chain.handler ? outer + unit : outer;

  /** An expression's text, its continuation lines moved to `indent`. */
  const expression = (node: TS.Expression, indent: string, inserts: readonly Insert[] = []): string =>
    renderRange(text, node.getStart(sourceFile), node.getEnd(), { from: lineIndent(text, node.getStart(sourceFile)), to: indent }, inserts, literals);
  /** `await v`, or just `v` where the checker shows v is no thenable (await would only add a tick). */
  const awaited = (node: TS.Expression, indent: string): string => {
    const rendered = expression(node, indent);
    if (!mayBeThenable(node)) return rendered;
    return `await ${needsParensUnderAwait(ts, node) ? `(${rendered})` : rendered}`;
  };
  /** The statements of a block from its start up to `end`, re-indented to `indent`. */
  const blockText = (block: TS.Block, end: number, indent: string, inserts: readonly Insert[] = []): string => {
    const first = block.statements[0];
    const from = first ? lineIndent(text, first.getStart(sourceFile)) : '';
    const start = block.getStart(sourceFile) + 1;
    kept.push([start, end]);
    return renderRange(text, start, end, { from, to: indent }, inserts, literals).trim();
  };
  /** `return v` inside a try block must await v, or a rejection of v would skip the catch. */
  const awaitReturns = (block: TS.Block): Insert[] =>
    returnsOf(ts, block).flatMap((statement) => {
      const value = statement.expression;
      if (!value || !mayBeThenable(value)) return [];
      const at = value.getStart(sourceFile);
      return needsParensUnderAwait(ts, value) ? [{ at, text: 'await (' }, { at: value.getEnd(), text: ')' }] : [{ at, text: 'await ' }];
    });
  const binding = (callback: Callback): string | undefined => {
    const parameter = callback.parameters[0];
    if (!parameter) return undefined;
    keep(parameter);
    return parameter.getText(sourceFile);
  };

  const lines: string[] = [];
  keep(chain.receiver);
  let pending: { node: TS.Expression } | { name: string } | undefined = { node: chain.receiver };
  if (chain.handler && !ts.isIdentifier(chain.receiver) && chain.receiver.kind !== ts.SyntaxKind.ThisKeyword) {
    // Evaluated before `try`, as the chain evaluates it before any handler is attached.
    const used = new Set<string>();
    const collect = (node: TS.Node): void => {
      if (ts.isIdentifier(node)) used.add(node.text);
      ts.forEachChild(node, collect);
    };
    collect(fn);
    const name = FRESH.find((candidateName) => !used.has(candidateName));
    if (!name) return { kind: 'refused', reason: 'no free name for the promise before try' };
    lines.push(`const ${name} = ${expression(chain.receiver, outer)};`);
    pending = { name };
  }
  const awaitPending = (indent: string): string | undefined => {
    if (!pending) return undefined;
    return 'name' in pending ? `await ${pending.name}` : awaited(pending.node, indent);
  };

  const body: string[] = [];
  const inTry = !!chain.handler;
  if (chain.steps.length === 0) body.push(`return ${awaitPending(inner)};`);
  for (const [index, step] of chain.steps.entries()) {
    const last = index === chain.steps.length - 1;
    const name = binding(step);
    const value = awaitPending(inner);
    if (name) body.push(`const ${name} = ${value};`);
    // An unawaited value as a statement must not start like a declaration or block.
    else if (value) body.push(/^(\{|function\b|class\b|let\s*\[|async\s+function\b)/.test(value) ? `(${value});` : `${value};`);
    const stepBody = step.body;
    if (!ts.isBlock(stepBody)) {
      keep(stepBody);
      if (last) body.push(`return ${inTry ? awaited(stepBody, inner) : expression(stepBody, inner)};`);
      else pending = { node: stepBody };
      continue;
    }
    if (last) {
      const content = blockText(stepBody, stepBody.getEnd() - 1, inner, inTry ? awaitReturns(stepBody) : []);
      if (content) body.push(content);
      continue;
    }
    const final = stepBody.statements[stepBody.statements.length - 1];
    if (final && ts.isReturnStatement(final) && final.expression) {
      const content = blockText(stepBody, final.getStart(sourceFile), inner);
      if (content) body.push(content);
      keep(final.expression);
      pending = { node: final.expression };
    } else {
      const content = blockText(stepBody, stepBody.getEnd() - 1, inner);
      if (content) body.push(content);
      pending = undefined;
    }
  }

  if (chain.handler) {
    const handler = chain.handler;
    const name = binding(handler);
    const handlerBody = handler.body;
    let handled: string;
    if (ts.isBlock(handlerBody)) handled = blockText(handlerBody, handlerBody.getEnd() - 1, inner);
    else {
      keep(handlerBody);
      handled = `return ${expression(handlerBody, inner)};`;
    }
    lines.push(
      `try {\n${inner}${body.join(`\n${inner}`)}\n${outer}} catch ${name ? `(${name}) ` : ''}{` +
        (handled ? `\n${inner}${handled}` : '') +
        `\n${outer}}`,
    );
  } else lines.push(...body);

  const joined = lines.join(`\n${outer}`);
  if (arrowBody) {
    const arrow = fn as TS.ArrowFunction;
    const start = arrow.equalsGreaterThanToken.getEnd();
    return { kind: 'ok', text: ` {\n${outer}${joined}\n${base}}`, replace: { start, end: arrow.body.getEnd() }, kept };
  }
  const statement = candidate.statement!;
  return { kind: 'ok', text: joined, replace: { start: statement.getStart(sourceFile), end: statement.getEnd() }, kept };
}
