import type { Pass } from '../core/pass.js';
import { codemorphModuleAdapter } from './codemorph-module.js';
import { jscodeshiftModuleAdapter } from './jscodeshift/adapter.js';

/**
 * Turns a loaded transform module into passes. Adapters are tried in order; the first that
 * recognises the module wins, so detection needs no flag.
 */
export interface ModuleAdapter {
  readonly engine: string;
  adapt(module: unknown, path: string): Pass[] | undefined | Promise<Pass[] | undefined>;
}

export const moduleAdapters: ModuleAdapter[] = [codemorphModuleAdapter, jscodeshiftModuleAdapter];
