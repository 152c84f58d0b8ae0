import { definePass, isPass, type Pass } from '../core/pass.js';
import type { ModuleAdapter } from './index.js';

/** A plain object literal with the pass fields works too: it goes through definePass's checks. */
function asPass(value: unknown): Pass | undefined {
  if (isPass(value)) return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const candidate = value as Record<string, unknown>;
  if (typeof candidate.id !== 'string') return undefined;
  if (typeof candidate.visit !== 'function' && typeof candidate.visitProject !== 'function') return undefined;
  const define = definePass as (definition: unknown) => Pass;
  return define({ needs: 'syntax', ...candidate });
}

function passesIn(value: unknown): Pass[] | undefined {
  const single = asPass(value);
  if (single) return [single];
  if (Array.isArray(value) && value.length > 0) {
    const passes = value.map(asPass);
    if (passes.every((pass): pass is Pass => pass !== undefined)) return passes;
  }
  return undefined;
}

/** A module whose default export (or `pass`/`passes` export) is a codemorph pass or a list of them. */
export const codemorphModuleAdapter: ModuleAdapter = {
  engine: 'codemorph',
  adapt(module) {
    if (typeof module !== 'object' || module === null) return passesIn(module);
    const exports = module as Record<string, unknown>;
    const fromDefault = exports.default;
    const nestedDefault =
      typeof fromDefault === 'object' && fromDefault !== null ? (fromDefault as Record<string, unknown>).default : undefined;
    return (
      passesIn(fromDefault) ??
      passesIn(exports.pass) ??
      passesIn(exports.passes) ??
      passesIn(nestedDefault) ??
      passesIn(module)
    );
  },
};
