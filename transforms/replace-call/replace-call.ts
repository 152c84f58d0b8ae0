import type { ts as TS } from 'ts-morph';
import { UsageError } from '../../src/core/errors.js';
import { definePass, type ProjectContext } from '../../src/core/pass.js';
import { findSymbol, isEditable } from '../rename/locate.js';

const PLACEHOLDER = /\$(receiver|args|callee|typeArgs|\d+)/g;

interface Call {
  readonly receiver?: string;
  readonly callee: string;
  readonly args: readonly string[];
  readonly typeArgs: string;
}

/** Fills the template; `$1`… are the arguments (1-based), `$args` all of them as written. */
function fill(template: string, call: Call): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (name === 'receiver') return call.receiver!;
    if (name === 'args') return call.args.join(', ');
    if (name === 'callee') return call.callee;
    if (name === 'typeArgs') return call.typeArgs;
    return call.args[Number(name) - 1] ?? '';
  });
}

function resolved(ctx: ProjectContext, symbol: TS.Symbol | undefined): TS.Symbol | undefined {
  if (symbol && symbol.flags & ctx.ts.SymbolFlags.Alias) return ctx.checker.getAliasedSymbol(symbol);
  return symbol;
}

/** True when the checker says this call runs the target declaration. */
function callsTarget(ctx: ProjectContext, call: TS.CallExpression, nameNode: TS.Node, targets: ReadonlySet<TS.Declaration>): boolean {
  const symbol = resolved(ctx, ctx.checker.getSymbolAtLocation(nameNode));
  if (symbol?.declarations?.some((declaration) => targets.has(declaration))) return true;
  const declaration = ctx.checker.getResolvedSignature(call)?.declaration;
  return declaration !== undefined && targets.has(declaration as TS.Declaration);
}

function visitFile(ctx: ProjectContext, sourceFile: TS.SourceFile, targets: ReadonlySet<TS.Declaration>, template: string, name: string): void {
  const { ts } = ctx;
  const usesReceiver = template.includes('$receiver');
  // Calls inside calls (`a.bar(b.bar())`): the outer replacement carries the inner one's text.
  const done: { start: number; end: number; text: string }[] = [];
  const textOf = (node: TS.Node): string => {
    const start = node.getStart(sourceFile);
    let text = sourceFile.text.slice(start, node.getEnd());
    const inner = done.filter((edit) => edit.start >= start && edit.end <= node.getEnd()).sort((a, b) => b.start - a.start);
    for (const edit of inner) text = text.slice(0, edit.start - start) + edit.text + text.slice(edit.end - start);
    return text;
  };
  const visit = (node: TS.Node): void => {
    ts.forEachChild(node, visit);
    if (!ts.isCallExpression(node)) return;
    const callee = node.expression;
    const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
    if (!nameNode || nameNode.text !== name || !callsTarget(ctx, node, nameNode, targets)) return;
    if (node.questionDotToken || (ts.isPropertyAccessExpression(callee) && callee.questionDotToken)) {
      ctx.warn(sourceFile.fileName, `optional call of ${name} left alone: the template has no place for ?.`, node);
      return;
    }
    const receiver = ts.isPropertyAccessExpression(callee) ? textOf(callee.expression) : undefined;
    if (usesReceiver && receiver === undefined) {
      ctx.warn(sourceFile.fileName, `call of ${name} without a receiver left alone: the template uses $receiver`, node);
      return;
    }
    const args = node.arguments.map(textOf);
    const typeArgs = node.typeArguments ? `<${node.typeArguments.map((arg) => arg.getText(sourceFile)).join(', ')}>` : '';
    const start = node.getStart(sourceFile);
    const text = fill(template, { receiver, callee: textOf(callee), args, typeArgs });
    for (let index = done.length - 1; index >= 0; index--) {
      if (done[index]!.start >= start && done[index]!.end <= node.getEnd()) done.splice(index, 1);
    }
    done.push({ start, end: node.getEnd(), text });
    ctx.stat('calls replaced');
  };
  visit(sourceFile);
  const sink = done.length > 0 ? ctx.edits(sourceFile.fileName) : undefined;
  for (const edit of done) sink!.replaceRange(edit.start, edit.end, edit.text);
}

export const pass = definePass({
  id: 'replace-call',
  title: 'Replace calls of one declaration',
  description:
    'Rewrites the calls of one function or method, identified by its declaration (`src/m.ts#Foo.bar`), with a template (`$receiver.baz($args)`; also `$1`…, `$callee`, `$typeArgs`). Only calls the type checker resolves to that declaration change: another class\'s `bar`, an override, or an untyped receiver stay as they are. Optional calls (`a?.bar()`) are left alone with a warning.',
  needs: 'types',
  version: '1',
  options: {
    target: { type: 'string', required: true, description: 'the declaration: module-path#function, module-path#Class.method, or path:line:col' },
    template: { type: 'string', required: true, description: 'the replacement: $receiver, $args, $1.., $callee, $typeArgs' },
  },
  visitProject(ctx) {
    const { ts } = ctx;
    const template = String(ctx.options.template);
    const target = findSymbol(ctx, String(ctx.options.target), 'target');
    const declarations = (target.symbol.declarations ?? []).filter(
      (declaration) => ts.isFunctionLike(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration) || ts.isVariableDeclaration(declaration),
    );
    if (declarations.length === 0) throw new UsageError(`replace-call: ${ctx.options.target} is not a function or method`);
    const name = target.symbol.name;
    const targets = new Set<TS.Declaration>(declarations);
    for (const sourceFile of ctx.program.getSourceFiles()) {
      if (!isEditable(ctx.root, sourceFile.fileName) || !ctx.owns(sourceFile.fileName) || sourceFile.isDeclarationFile || !sourceFile.text.includes(name)) continue;
      visitFile(ctx, sourceFile, targets, template, name);
    }
  },
});
