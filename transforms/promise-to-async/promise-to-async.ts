import type { ts as TS } from 'ts-morph';
import { definePass } from '../../src/core/pass.js';
import { hasComment } from '../nullish-coalescing/references.js';
import { treeEdits } from '../nullish-coalescing/tree-edits.js';
import { callbackProblem, declaredNames, forEachInFunction, isPromiseMethodCall, parseChain, returnsOf, type Chain } from './chain.js';
import { render, type Candidate } from './render.js';

type Host = TS.FunctionDeclaration | TS.FunctionExpression | TS.ArrowFunction | TS.MethodDeclaration;

function isHost(ts: typeof TS, node: TS.Node): node is Host {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node);
}

/** The returned `.then/.catch` chain that ends the function, if it has one. */
function returnedChain(ts: typeof TS, fn: Host): Omit<Candidate, 'chain'> | undefined {
  const body = fn.body;
  if (!body) return undefined;
  if (!ts.isBlock(body)) return isPromiseMethodCall(ts, body) ? { fn, call: body } : undefined;
  const last = body.statements[body.statements.length - 1];
  if (last && ts.isReturnStatement(last) && last.expression && isPromiseMethodCall(ts, last.expression)) {
    return { fn, call: last.expression, statement: last };
  }
  return undefined;
}

export const pass = definePass({
  id: 'promise-to-async',
  title: 'Returned promise chains to async/await',
  description:
    'Rewrites a function that ends with `return p.then(x => ...).then(...)` (optionally ending in one `.catch(e => ...)`) ' +
    'into an `async` function with `const x = await p;` steps, and the final `.catch` into try/catch. Only when the ' +
    'checker shows `p` is the standard Promise (or PromiseLike) and every .then/.catch is the standard one; callbacks ' +
    'must be inline arrows or functions with at most one plain parameter, no `arguments`, no `this` in function ' +
    'callbacks, no `var`, and no names that clash once inlined. Refused: .finally, two-argument .then, a .catch ' +
    'before the end, functions already async or generators, other returns in the function.',
  needs: 'types',
  match: ['.then(', '.catch('],
  visit(ctx) {
    const { ts, sourceFile } = ctx;
    const checker = ctx.checker;
    const program = ctx.program;
    if (!checker || !program) throw new Error('promise-to-async needs the type checker (project mode)');
    const edits = treeEdits(ctx);
    if (!edits) {
      ctx.warn('left alone: the type checker saw a different text for this file');
      return;
    }

    const fromLib = (declarations: readonly TS.Declaration[] | undefined): boolean =>
      !!declarations && declarations.length > 0 && declarations.every((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()));
    const isLibPromise = (type: TS.Type, names: readonly string[]): boolean => {
      const symbol = type.getSymbol() ?? type.aliasSymbol;
      return !!symbol && names.includes(symbol.getName()) && fromLib(symbol.getDeclarations());
    };

    /** False only when the checker shows no value of the expression has a `then` (await would just add a tick). */
    const mayBeThenable = (node: TS.Expression): boolean => {
      const check = (type: TS.Type, depth: number): boolean => {
        if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown) || depth > 8) return true;
        if (type.isUnion() || type.isIntersection()) return type.types.some((member) => check(member, depth + 1));
        if (type.flags & ts.TypeFlags.Instantiable) {
          const constraint = checker.getBaseConstraintOfType(type);
          return !constraint || constraint === type || check(constraint, depth + 1);
        }
        // A string index signature (Record<string, X>) may hide a `then` key.
        const byString = checker.getIndexInfosOfType(type).some((info) => info.keyType.flags & ts.TypeFlags.String);
        if (byString) return true;
        return checker.getPropertyOfType(checker.getApparentType(type), 'then') !== undefined;
      };
      return check(checker.getTypeAtLocation(node), 0);
    };

    /** Why the candidate cannot be rewritten, or undefined. */
    const problem = (fn: Host, chain: Chain, statement: TS.ReturnStatement | undefined): string | undefined => {
      if (fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword)) return 'the function is already async';
      if (fn.asteriskToken) return 'the function is a generator';
      if (fn.type && !isLibPromise(checker.getTypeFromTypeNode(fn.type), ['Promise'])) {
        return 'the declared return type is not Promise<...>, which an async function needs';
      }
      if (!isLibPromise(checker.getTypeAtLocation(chain.receiver), ['Promise', 'PromiseLike'])) {
        return `\`${chain.receiver.getText(sourceFile).slice(0, 40)}\` is not known to be a standard Promise`;
      }
      for (const call of chain.calls) {
        const declaration = checker.getResolvedSignature(call)?.getDeclaration();
        if (!declaration || !program.isSourceFileDefaultLibrary(declaration.getSourceFile())) {
          return 'a .then/.catch in the chain is not the standard Promise method';
        }
      }
      if (fn.body && ts.isBlock(fn.body) && returnsOf(ts, fn.body).some((r) => r !== statement)) {
        return 'the function has other return statements (they would start returning promises)';
      }
      const callbacks = chain.handler ? [...chain.steps, chain.handler] : chain.steps;
      for (const callback of callbacks) {
        const found = callbackProblem(ts, callback);
        if (found) return found;
        const parameter = callback.parameters[0];
        if (parameter?.questionToken) return 'an optional callback parameter';
        if (parameter && ts.isIdentifier(parameter.name) && parameter.name.text === 'this') return 'a callback with a `this` parameter';
      }
      const handlerType = chain.handler?.parameters[0]?.type;
      if (handlerType && handlerType.kind !== ts.SyntaxKind.UnknownKeyword && handlerType.kind !== ts.SyntaxKind.AnyKeyword) {
        return 'the .catch parameter has a type other than unknown/any, which a catch clause does not allow';
      }
      for (const [index, step] of chain.steps.entries()) {
        if (index === chain.steps.length - 1 || !ts.isBlock(step.body)) continue;
        const returns = returnsOf(ts, step.body);
        const last = step.body.statements[step.body.statements.length - 1];
        const endsInReturn = !!last && ts.isReturnStatement(last) && !!last.expression && returns.length === 1;
        if (endsInReturn) continue;
        if (returns.length > 0) return 'a middle .then callback returns from more than one place';
        if (chain.steps[index + 1]!.parameters.length > 0) return 'a middle .then callback returns nothing but the next one takes a value';
      }
      const lastStep = chain.steps[chain.steps.length - 1];
      if (chain.handler && lastStep && ts.isBlock(lastStep.body)) {
        // Those returns get `await`, so a try inside the callback would start catching what .catch caught.
        const guarded = returnsOf(ts, lastStep.body).some((r) => ts.findAncestor(r, (n) => n === lastStep.body || ts.isTryStatement(n)) !== lastStep.body);
        if (guarded) return 'the last callback returns from inside its own try statement';
      }
      let clash: string | undefined;
      for (const step of chain.steps) {
        const names = new Set(declaredNames(ts, step));
        const visit = (node: TS.Node): void => {
          if (node === step || clash) return;
          if (ts.isIdentifier(node) && names.has(node.text)) {
            const parent = node.parent;
            if (!(ts.isPropertyAccessExpression(parent) && parent.name === node)) clash = node.text;
          }
          ts.forEachChild(node, visit);
        };
        ts.forEachChild(fn, visit);
        if (clash) return `inlining the callbacks would put two \`${clash}\` in one scope`;
      }
      let awaitName = false;
      forEachInFunction(ts, fn, (node) => {
        if (ts.isIdentifier(node) && node.text === 'await') awaitName = true;
      });
      if (awaitName) return '`await` is used as a name in the function';
      return undefined;
    };

    const consider = (candidate: Omit<Candidate, 'chain'>): boolean => {
      const parsed = parseChain(ts, candidate.call);
      const refuse = (reason: string): boolean => {
        ctx.warn(`left alone: ${reason}`, edits.position(candidate.call));
        return false;
      };
      if (parsed.kind === 'refused') return refuse(parsed.reason);
      const reason = problem(candidate.fn, parsed.chain, candidate.statement);
      if (reason) return refuse(reason);
      const rendered = render(ts, sourceFile, { ...candidate, chain: parsed.chain }, mayBeThenable);
      if (rendered.kind === 'refused') return refuse(rendered.reason);
      if (hasCommentOutside(rendered.replace.start, rendered.replace.end, rendered.kept)) {
        return refuse('a comment in the chain outside the callbacks would be lost');
      }
      edits.insertBefore(asyncPosition(candidate.fn), 'async ');
      edits.replaceRange(rendered.replace.start, rendered.replace.end, rendered.text);
      ctx.stat('promise-to-async');
      return true;
    };

    const hasCommentOutside = (start: number, end: number, kept: ReadonlyArray<[number, number]>): boolean => {
      let cursor = start;
      for (const [from, to] of [...kept].sort((a, b) => a[0] - b[0])) {
        if (from > cursor && hasComment(ts, sourceFile, sourceFile, cursor, from)) return true;
        cursor = Math.max(cursor, to);
      }
      return cursor < end && hasComment(ts, sourceFile, sourceFile, cursor, end);
    };

    const asyncPosition = (fn: Host): TS.Node => {
      if (ts.isMethodDeclaration(fn)) return fn.name;
      if (ts.isArrowFunction(fn)) return fn;
      return fn.getChildren(sourceFile).find((child) => child.kind === ts.SyntaxKind.FunctionKeyword) ?? fn;
    };

    const visit = (node: TS.Node): void => {
      if (isHost(ts, node)) {
        const candidate = returnedChain(ts, node);
        // A rewritten function's callbacks are inlined text now; nested candidates wait for the next run.
        if (candidate && consider(candidate)) {
          // The rewritten return is new text now; what precedes it can still hold candidates.
          ts.forEachChild(node, (child) => {
            if (child !== node.body) visit(child);
          });
          if (node.body && ts.isBlock(node.body)) node.body.statements.slice(0, -1).forEach(visit);
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;
