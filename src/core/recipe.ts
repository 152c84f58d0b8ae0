import type { OptionValues } from './options.js';

/** Where a step applies: files matching any glob (relative to the root) and containing any text. */
export interface Precondition {
  readonly files?: readonly string[];
  readonly contains?: readonly string[];
}

/**
 * One step of a recipe: a built-in pass id or recipe name, a path to a module (a codemorph pass,
 * a jscodeshift transform, a pattern rule file) or to another recipe file.
 */
export type RecipeStep =
  | string
  | {
      readonly id?: string;
      readonly path?: string;
      readonly recipe?: string;
      readonly options?: OptionValues;
      readonly when?: Precondition;
    };

/** A recipe as written in YAML or JSON (plain data; nested recipes allowed). */
export interface RecipeDefinition {
  readonly name: string;
  readonly description?: string;
  readonly steps: readonly RecipeStep[];
  /** Where relative paths in its steps resolve from (the recipe or config file's folder). */
  readonly baseDir?: string;
}
