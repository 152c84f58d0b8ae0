import type { Pass } from '../core/pass.js';
import { codemorphModuleAdapter } from './codemorph-module.js';

/**
 * Turns a loaded transform module into passes. Adapters are tried in order; the first that
 * recognises the module wins, so detection needs no flag.
 */
export interface ModuleAdapter {
  readonly engine: string;
  adapt(module: unknown, path: string): Pass[] | undefined | Promise<Pass[] | undefined>;
}

/**
 * The jscodeshift adapter brings in jscodeshift, babel and recast (over a second of start-up on a
 * busy machine): loaded only when a module is not a codemorph pass, so runs of built-in and
 * native passes never pay for it.
 */
const jscodeshiftWhenNeeded: ModuleAdapter = {
  engine: 'jscodeshift',
  async adapt(module, path) {
    const { jscodeshiftModuleAdapter } = await import('./jscodeshift/adapter.js');
    return jscodeshiftModuleAdapter.adapt(module, path);
  },
};

export const moduleAdapters: ModuleAdapter[] = [codemorphModuleAdapter, jscodeshiftWhenNeeded];
