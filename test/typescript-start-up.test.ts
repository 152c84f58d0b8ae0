import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { fasterStartUp } from '../scripts/typescript-start-up.mjs';

// The build's changes to TypeScript's compiler before minifying it (scripts/typescript-start-up.mjs),
// on bundles written here in the shape of the real one. The real one, changed and minified, is
// checked against the original in src/core/typescript-file.test.ts.

const ts = createRequire(import.meta.url)('ts-morph').ts as typeof TS;
const change = fasterStartUp as (ts: typeof TS, text: string) => { text: string; changes: { namespaces: number; dataProperties: number; getters: number; enums: number; lazyCrypto: boolean } };

/** Runs a bundle as Node would load it: module.exports is what it exports. */
function load(text: string, requireFn: (id: string) => unknown = (id) => createRequire(import.meta.url)(id)): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', text)(module, module.exports, requireFn);
  return module.exports;
}

const BUNDLE = `var ts = {}; ((module) => {
"use strict";
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var exported = {};
__export(exported, {
  Kind: () => Kind,
  alias: () => plain,
  later: () => later,
  plain: () => plain,
  replaced: () => replaced,
  setLater: () => setLater,
  swapped: () => swapped,
  inner: () => inner_exports
});
module.exports = exported;
function plain() { return 1; }
function replaced() { return 'old'; }
replaced = () => 'new';
function swapped() { return 'a'; }
function setLater(v) { later = v; [swapped] = [() => 'b']; }
var later = 1;
var Kind = /* @__PURE__ */ ((Kind2) => { Kind2[Kind2["A"] = 0] = "A"; return Kind2; })(Kind || {});
var inner_exports = {};
__export(inner_exports, { deep: () => plain, count: () => later });
})({ get exports() { return ts; }, set exports(v) { ts = v; if (typeof module !== "undefined" && module.exports) { module.exports = v; } } })
`;

describe("the build's start-up changes to TypeScript's compiler", () => {
  it('makes each namespace a literal: functions nothing assigns to as data, every other name a live getter, in the same order', () => {
    const { text, changes } = change(ts, BUNDLE);
    expect(changes).toMatchObject({ namespaces: 2, dataProperties: 4, getters: 6 });
    expect(text).not.toContain('__export(exported');
    const before = load(BUNDLE);
    const after = load(text);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(Object.keys(after.inner as object)).toEqual(Object.keys(before.inner as object));
    // Data properties for functions declared and never assigned; the same function objects.
    expect(Object.getOwnPropertyDescriptor(after, 'plain')).toMatchObject({ enumerable: true, value: after.plain });
    expect(after.alias).toBe(after.plain);
    expect((after.inner as Record<string, unknown>).deep).toBe(after.plain);
    // Names something assigns keep a getter, and so see the assignment, as the original does.
    for (const name of ['Kind', 'later', 'replaced', 'swapped']) expect(Object.getOwnPropertyDescriptor(after, name)?.get, name).toBeTypeOf('function');
    for (const exports of [before, after]) {
      expect((exports.replaced as () => string)()).toBe('new');
      expect(exports.Kind).toEqual({ A: 0, 0: 'A' });
      (exports.setLater as (v: number) => void)(5);
      expect(exports.later).toBe(5);
      expect((exports.inner as Record<string, unknown>).count).toBe(5);
      expect((exports.swapped as () => string)()).toBe('b');
    }
  });

  const ENUMS = `var ts = {}; ((module) => {
var Kind = /* @__PURE__ */ ((Kind2) => {
  Kind2[Kind2["Unknown"] = 0] = "Unknown";
  Kind2[Kind2["Last"] = 3] = "Last";
  Kind2[Kind2["Below"] = -1] = "Below";
  Kind2[Kind2["Other"] = 3] = "Other";
  Kind2[Kind2["Half"] = 0.5] = "Half";
  Kind2["Text"] = "text";
  Kind2[Kind2["Big"] = 4294967296] = "Big";
  return Kind2;
})(Kind || {});
var Merged = /* @__PURE__ */ ((Merged2) => {
  Merged2[Merged2["A"] = 0] = "A";
  return Merged2;
})(Merged || {});
((Merged3) => { Merged3[Merged3["B"] = 1] = "B"; })(Merged || (Merged = {}));
var Computed = /* @__PURE__ */ ((Computed2) => {
  Computed2[Computed2["A"] = 1 << 2] = "A";
  return Computed2;
})(Computed || {});
module.exports = { Kind, Merged, Computed };
})({ get exports() { return ts; }, set exports(v) { ts = v; if (typeof module !== "undefined" && module.exports) { module.exports = v; } } })
`;

  it('writes an enum of literal members as the object its function makes: same keys, same order, same values', () => {
    const { text, changes } = change(ts, ENUMS);
    expect(changes.enums).toBe(1);
    expect(text).toMatch(/var Kind = (\/\* @__PURE__ \*\/ )?\{ "0": "Unknown", /);
    // One assigned elsewhere (merged declarations) or with a computed member is left as it is.
    expect(text).toContain('Merged2[Merged2["A"] = 0] = "A";');
    expect(text).toContain('Computed2[Computed2["A"] = 1 << 2] = "A";');
    const before = load(ENUMS);
    const after = load(text);
    for (const name of ['Kind', 'Merged', 'Computed']) {
      expect(Reflect.ownKeys(after[name] as object), name).toEqual(Reflect.ownKeys(before[name] as object));
      expect(after[name], name).toEqual(before[name]);
    }
    expect(after.Kind).toMatchObject({ 3: 'Other', '-1': 'Below', '0.5': 'Half', Text: 'text', 4294967296: 'Big' });
    expect(after.Merged).toEqual({ A: 0, B: 1, 0: 'A', 1: 'B' });
  });

  it('leaves a namespace of another shape as it is', () => {
    const computed = BUNDLE.replace('  plain: () => plain,\n', '  plain: () => plain(),\n');
    const { text, changes } = change(ts, computed);
    expect(text).toContain('__export(exported');
    expect(changes.namespaces).toBe(1); // only `inner`
    expect(Object.keys(load(text))).toEqual(Object.keys(load(computed)));
  });

  const SYSTEM = `var ts = {}; ((module) => {
function getSystem() {
    let _crypto;
    try {
      _crypto = require("crypto");
    } catch {
      _crypto = void 0;
    }
    return { createHash: _crypto ? (data) => _crypto.createHash("sha256").update(data).digest("hex") : (data) => "djb2:" + data.length };
}
module.exports = { sys: getSystem() };
})({ get exports() { return ts; }, set exports(v) { ts = v; if (typeof module !== "undefined" && module.exports) { module.exports = v; } } })
`;

  it('requires node:crypto when a hash is first made, not when the system is', () => {
    const { text, changes } = change(ts, SYSTEM);
    expect(changes.lazyCrypto).toBe(true);
    const required: string[] = [];
    const requireFn = (id: string): unknown => {
      required.push(id);
      return createRequire(import.meta.url)(id);
    };
    const { sys } = load(text, requireFn) as { sys: { createHash(data: string): string } };
    expect(required).toEqual([]);
    const { sys: original } = load(SYSTEM) as { sys: { createHash(data: string): string } };
    const hash = sys.createHash('abc');
    expect(required).toEqual(['crypto']);
    expect(hash).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'); // SHA-256
    expect(hash).toBe(original.createHash('abc'));
  });

  it('changes nothing about crypto where the code has another shape', () => {
    const other = SYSTEM.replace('_crypto = void 0;', '_crypto = null;');
    const { text, changes } = change(ts, other);
    expect(changes.lazyCrypto).toBe(false);
    expect(text).toBe(other);
  });
});
