import type { Pass } from '../src/core/pass.js';
import type { RecipeDefinition } from '../src/core/recipe.js';

/**
 * The registry of built-in passes: one explicit list, in the order `codemorph list` shows them.
 * A pass's id = its folder = its file = its CLI name.
 */
export const builtinPasses: readonly Pass[] = [];

/** Built-in recipes (named pass lists), runnable as `codemorph run <name>`. */
export const builtinRecipes: readonly RecipeDefinition[] = [];
