import { hasMembers, type CallUse, type Shape } from './usage-shape.js';

/**
 * Declaration text from usage shapes. Works on groups of the collected shapes (never on merged
 * copies), so each shape is named once however often a merged interface is written out again.
 */
type Group = readonly Shape[];

/** Why a named interface exists: shapes merge by name only with shapes of the same kind. */
type Kind = 'module' | 'param' | 'prop' | 'result';

/** At most this many distinct types make a parameter's union; more is `unknown`. */
const MAX_UNION = 3;

/** More ways of calling one function than this are one signature (with `unknown` where they differ). */
const MAX_OVERLOADS = 4;

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with implements interface let package private protected public static yield any unknown never object string number boolean symbol bigint undefined'.split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function pascalCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  return /^[A-Za-z_$]/.test(name) ? name : `T${name}`;
}

export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  const name = pascal[0]!.toLowerCase() + pascal.slice(1);
  return RESERVED.has(name) ? `${name}_` : name;
}

function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The name most uses give, when at least half of them give it (one `zoom` among fifty calls names nothing). */
function mostCommon(names: ReadonlyArray<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  for (const name of names) if (name && IDENTIFIER.test(name) && !RESERVED.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 >= names.length ? best[0] : undefined;
}

const props = (group: Group, name: string): Group => group.flatMap((shape) => shape.props.get(name) ?? []);

function propNames(group: Group): string[] {
  return [...new Set(group.flatMap((shape) => [...shape.props.keys()]))];
}

function memberNames(group: Group): Set<string> {
  const names = new Set(propNames(group));
  if (group.some((shape) => shape.calls.length > 0)) names.add('()');
  if (group.some((shape) => shape.constructs.length > 0)) names.add('new');
  return names;
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const name of a) if (b.has(name)) return true;
  return false;
}

export class DeclarationWriter {
  readonly #interfaces = new Map<string, { kind: Kind; callee: string; shapes: Set<Shape>; written: number; body: string[] }>();
  readonly #named = new WeakMap<Shape, string>();
  /** Names the module's own declarations take (its value's name): interfaces avoid them. */
  readonly #taken = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const name of taken) this.#taken.add(name);
  }

  /** The interface a group of shapes is, named after `hint`; shapes of one kind under one name merge. */
  interfaceFor(group: Group, hint: string, kind: Kind, callee = hint): string {
    const known = group.map((shape) => this.#named.get(shape)).find(Boolean);
    let name = known;
    if (!name) {
      const base = pascalCase(hint);
      for (let n = 1; ; n++) {
        const candidate = n === 1 ? base : `${base}${n}`;
        const entry = this.#interfaces.get(candidate);
        if (this.#taken.has(candidate) || RESERVED.has(candidate)) continue;
        // One name, one thing: `t.test(…, (st) => …)` joins `test(…, (t) => …)`'s Test when
        // both use a member in common; `test.each(…, ({ text }) => …)` does not.
        if (!entry || (entry.kind === kind && overlaps(memberNames(group), memberNames([...entry.shapes])))) {
          name = candidate;
          break;
        }
      }
    }
    const entry = this.#interfaces.get(name) ?? { kind, callee, shapes: new Set<Shape>(), written: 0, body: [] };
    this.#interfaces.set(name, entry);
    for (const shape of group) {
      entry.shapes.add(shape);
      this.#named.set(shape, name);
    }
    return name;
  }

  /**
   * Its interface when uses read members of the value; else the one type every use that needs
   * one needs (`number` for `x.length - 1`); else `unknown`.
   */
  typeOf(group: Group, hint: string, kind: Kind): string {
    if (group.some(hasMembers)) return this.interfaceFor(group, hint, kind);
    const needs = new Set(group.flatMap((shape) => shape.needs));
    return needs.size === 1 ? [...needs][0]! : 'unknown';
  }

  /**
   * `(name: string, callback: (t: Test) => void): void` for the calls of `callee` (what callbacks'
   * short-named parameters are named after); `named` names the result's interface.
   */
  signature(calls: readonly CallUse[], callee: string, named = callee): string {
    const params: string[] = [];
    const used = new Set<string>();
    const unique = (name: string): string => {
      let candidate = name;
      for (let n = 2; used.has(candidate); n++) candidate = `${name}${n}`;
      used.add(candidate);
      return candidate;
    };
    const fewest = Math.min(...calls.map((call) => call.args.length));
    const most = Math.max(...calls.map((call) => call.args.length));
    for (let index = 0; index < most; index++) {
      const uses = calls.flatMap((call) => (call.args[index] ? [call.args[index]!] : []));
      if (uses.some((use) => use.kind === 'spread')) {
        params.push(`...${unique('rest')}: unknown[]`);
        break;
      }
      const optional = index >= fewest ? '?' : '';
      const callbacks = uses.flatMap((use) => (use.kind === 'callback' ? [use] : []));
      const values = uses.flatMap((use) => (use.kind === 'value' ? [use] : []));
      if (callbacks.length > 0 && values.length === 0) {
        const arity = Math.max(...callbacks.map((callback) => callback.params.length));
        const inner: string[] = [];
        const innerNames = new Set<string>();
        for (let at = 0; at < arity; at++) {
          const group = callbacks.flatMap((callback) => (callback.params[at] ? [callback.params[at]!.shape] : []));
          const names = callbacks.flatMap((callback) => (callback.params[at] ? [callback.params[at]!.name] : []));
          // Different callbacks may name different positions alike (`(a, b)`, `(b, a)`).
          const common = mostCommon(names.map((name) => (name && innerNames.has(name) ? undefined : name)));
          const name = common ?? `arg${at + 1}`;
          innerNames.add(name);
          // `t` says little; the function it is passed to says what it is (`test` → `Test`).
          const hint = common && common.length >= 3 ? common : common ? callee : `${callee}Arg`;
          inner.push(`${name}: ${this.typeOf(group, hint, 'param')}`);
        }
        const self = callbacks.map((callback) => callback.self);
        if (self.some(hasMembers)) inner.unshift(`this: ${this.interfaceFor(self, `${callee}Context`, 'param')}`);
        params.push(`${unique('callback')}${optional}: (${inner.join(', ')}) => void`);
        continue;
      }
      let type = 'unknown';
      if (callbacks.length === 0 && values.every((value) => value.types !== undefined)) {
        const words = new Set(values.flatMap((value) => value.types!));
        if (words.size <= MAX_UNION) type = [...words].join(' | ');
      }
      params.push(`${unique(mostCommon(values.map((value) => value.name)) ?? `arg${index + 1}`)}${optional}: ${type}`);
    }
    return `(${params.join(', ')}): ${this.returnType(calls, named)}`;
  }

  /**
   * One signature per way of calling: calls that pass a function at different positions
   * (`test(name, cb)`, `test(name, opts, cb)`) are overloads, so each callback gets its contextual
   * type; calls differing only in values after the last callback merge (those become optional).
   */
  signatures(calls: readonly CallUse[], callee: string, named = callee): string[] {
    const groups = new Map<string, CallUse[]>();
    for (const call of calls) {
      const kinds = call.args.map((arg) => arg.kind[0]).join('');
      const key = kinds.slice(0, kinds.lastIndexOf('c') + 1);
      groups.set(key, [...(groups.get(key) ?? []), call]);
    }
    if (groups.size === 1 || groups.size > MAX_OVERLOADS) return [this.signature(calls, callee, named)];
    // The longest first: a call with more arguments must not stop at a shorter overload.
    return [...groups].sort((a, b) => b[0].length - a[0].length).map(([, group]) => this.signature(group, callee, named));
  }

  /**
   * `void` when no call uses the result; else typed like any value from its uses: an interface
   * when they read it, what they need (`const s: string = f()`), else `unknown`.
   */
  private returnType(calls: readonly CallUse[], callee: string): string {
    const results = calls.flatMap((call) => call.result ?? []);
    return results.length === 0 ? 'void' : this.typeOf(results, `${callee}Result`, 'result');
  }

  /** The member lines of an interface for the group. */
  private body(group: Group, name: string, kind: Kind): string[] {
    const lines: string[] = [];
    const calls = group.flatMap((shape) => shape.calls);
    const constructs = group.flatMap((shape) => shape.constructs);
    if (calls.length > 0) lines.push(...this.signatures(calls, name).map((signature) => `${signature};`));
    if (constructs.length > 0) lines.push(...this.signatures(constructs, name).map((signature) => `new ${signature.replace(/: void$/, ': unknown')};`));
    for (const prop of propNames(group)) {
      const members = props(group, prop);
      // `test.skip(…, (t) => …)` takes the callback `test(…, (t) => …)` does: hints come from the module's name for it.
      lines.push(...this.member(prop, members, kind === 'module' ? name : prop));
    }
    if (group.some((shape) => shape.indexed)) lines.push('[key: string]: unknown;');
    return lines;
  }

  /** `name(a: string): void;` (one per overload) for a member only called, else `name: T;`. */
  member(prop: string, group: Group, callee = prop): string[] {
    const onlyCalled = group.every((shape) => !shape.assigned && !shape.indexed && shape.constructs.length === 0 && shape.props.size === 0) &&
      group.some((shape) => shape.calls.length > 0);
    if (onlyCalled) return this.signatures(group.flatMap((shape) => shape.calls), callee, prop).map((signature) => `${propertyName(prop)}${signature};`);
    return [`${propertyName(prop)}: ${this.typeOf(group, prop, 'prop')};`];
  }

  /** The interfaces named so far (and those they name in turn), each as `interface X { … }` lines. */
  interfaces(indent: string): string[] {
    // Writing a body can name more interfaces, or add shapes to one written already: repeat until none grows.
    for (let grown = true; grown; ) {
      grown = false;
      for (const [name, entry] of this.#interfaces) {
        if (entry.written === entry.shapes.size) continue;
        entry.written = entry.shapes.size;
        entry.body = this.body([...entry.shapes], entry.callee, entry.kind);
        grown = true;
      }
    }
    return [...this.#interfaces].flatMap(([name, entry]) => [
      `${indent}interface ${name} {`,
      ...entry.body.map((line) => `${indent}  ${line}`),
      `${indent}}`,
    ]);
  }

  /** How many members the interfaces have: what the declarations say about the module. */
  memberCount(): number {
    return [...this.#interfaces.values()].reduce((sum, entry) => sum + entry.body.length, 0);
  }
}
