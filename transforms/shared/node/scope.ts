import type { ts } from 'ts-morph';
import type { FileContext } from '../../../src/core/pass.js';
import { indexNames, isNameUse, type NameIndex } from '../../commonjs-to-esm/names.js';
import { coreBindings, requireTarget, type CoreBinding, type CoreModule } from '../../node-deprecations/bindings.js';
import { moduleKindOf } from '../module-kind.js';
import { removeBindings } from './remove-bindings.js';

type TS = typeof ts;

/** A core API an expression names: `fs.promises.rmdir` is `{ module: 'fs', path: ['promises', 'rmdir'] }`. */
export interface ApiRef {
  readonly module: CoreModule;
  readonly path: readonly string[];
}

/** What the node-* passes know about one file: its core-module bindings and what is safe to add. */
export interface NodeScope {
  readonly t: TS;
  readonly names: NameIndex;
  readonly bindings: ReadonlyMap<string, CoreBinding>;
  /** A CommonJS file whose `require` is the real one: `require('node:x')` may be added inline. */
  readonly commonJs: boolean;
  /** The core API `expr` names, through a binding, an inline `require`, or an unshadowed global. */
  resolve(expr: ts.Expression): ApiRef | undefined;
  /** True when the file declares no `name` of its own anywhere (so the global is meant). */
  isGlobal(name: string): boolean;
  /** Records a replacement unless it overlaps one already recorded (a nested case waits for the next run). */
  replace(node: ts.Node, text: string): boolean;
  /** Removes this binding at the end even though it is still used (its uses now mean a global). */
  forget(name: string): void;
  /** Removes import/require bindings whose every use this pass rewrote away. Call once, last. */
  dropUnusedBindings(): void;
}

/** A Map, not an object literal: `constructor` or `toString` must not find Object.prototype's. */
const GLOBALS: ReadonlyMap<string, ApiRef> = new Map([
  ['process', { module: 'process', path: [] }],
  ['Buffer', { module: 'buffer', path: ['Buffer'] }],
]);

export function nodeScope(ctx: FileContext<unknown>): NodeScope {
  const t = ctx.ts;
  const sf = ctx.sourceFile;
  const names = indexNames(t, sf);
  const declaredCount = new Map([...names.declared].map(([name, list]) => [name, list.length] as const));
  const bindings = coreBindings(t, sf, declaredCount, names.written);
  const isGlobal = (name: string): boolean => !names.declared.has(name);
  const commonJs = isGlobal('require') && moduleKindOf(sf, t) === 'commonjs';

  const resolve = (expr: ts.Expression): ApiRef | undefined => {
    const path: string[] = [];
    let current = expr;
    while (t.isPropertyAccessExpression(current) && t.isIdentifier(current.name)) {
      path.unshift(current.name.text);
      current = current.expression;
    }
    while (t.isParenthesizedExpression(current)) current = current.expression;
    if (t.isIdentifier(current)) {
      const binding = bindings.get(current.text);
      if (binding) return { module: binding.module, path: binding.kind === 'member' ? [...binding.member.split('.'), ...path] : path };
      const global = GLOBALS.get(current.text);
      return global && isGlobal(current.text) && !names.written.has(current.text) ? { module: global.module, path: [...global.path, ...path] } : undefined;
    }
    const loaded = requireTarget(t, current);
    if (!loaded || !isGlobal('require')) return undefined;
    return { module: loaded.module, path: loaded.member ? [loaded.member, ...path] : path };
  };

  const forgotten = new Set<string>();
  const replace = (node: ts.Node, text: string): boolean => {
    const start = node.getStart(sf);
    const end = node.getEnd();
    if (ctx.edits.recorded.some((edit) => edit.start < end && start < edit.end)) return false;
    ctx.edits.replace(node, text);
    return true;
  };

  return {
    t,
    names,
    bindings,
    commonJs,
    resolve,
    isGlobal,
    replace,
    forget: (name) => forgotten.add(name),
    dropUnusedBindings: () => removeBindings(ctx, bindings, forgotten),
  };
}

/** Every identifier in the file that uses one of `wanted` as a variable (declarations included). */
export function usesByName(t: TS, sf: ts.SourceFile, wanted: ReadonlySet<string>): Map<string, ts.Identifier[]> {
  const found = new Map<string, ts.Identifier[]>();
  const visit = (node: ts.Node): void => {
    if (t.isIdentifier(node)) {
      if (wanted.has(node.text) && isNameUse(t, node)) {
        const list = found.get(node.text) ?? [];
        list.push(node);
        found.set(node.text, list);
      }
      return;
    }
    t.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
