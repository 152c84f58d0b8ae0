import type { Pass } from '../src/core/pass.js';
import type { RecipeDefinition } from '../src/core/recipe.js';
// Type-aware refactors (docs/refactors.md)
import { pass as rename } from './rename/rename.js';
import { pass as move } from './move/move.js';
import { pass as changeImport } from './change-import/change-import.js';
import { pass as replaceCall } from './replace-call/replace-call.js';
import { pass as removeUnusedImports } from './remove-unused-imports/remove-unused-imports.js';
import { pass as organizeImports } from './organize-imports/organize-imports.js';

/**
 * The registry of built-in passes: one explicit list, in the order `codemorph list` shows them.
 * A pass's id = its folder = its file = its CLI name.
 */
export const builtinPasses: readonly Pass[] = [
  rename, move, changeImport, replaceCall, removeUnusedImports, organizeImports,
];

/** Built-in recipes (named pass lists), runnable as `codemorph run <name>`. */
export const builtinRecipes: readonly RecipeDefinition[] = [];
