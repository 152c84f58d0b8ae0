import type { Pass } from '../src/core/pass.js';
import type { RecipeDefinition } from '../src/core/recipe.js';

/**
 * Built-in passes by id, each loaded on first use: a run loads the modules of the passes it runs,
 * not all of them (on every worker thread too). The order is `codemorph list`'s; index.ts holds the
 * same passes loaded eagerly, and a test keeps the two lists equal.
 */
const LOADERS: ReadonlyArray<readonly [string, () => Promise<{ pass: Pass }>]> = [
  ['rename', () => import('./rename/rename.js')],
  ['move', () => import('./move/move.js')],
  ['change-import', () => import('./change-import/change-import.js')],
  ['replace-call', () => import('./replace-call/replace-call.js')],
  ['remove-unused-imports', () => import('./remove-unused-imports/remove-unused-imports.js')],
  ['organize-imports', () => import('./organize-imports/organize-imports.js')],
  ['package-type', () => import('./package-type/package-type.js')],
  ['var-to-let-const', () => import('./var-to-let-const/var-to-let-const.js')],
  ['multi-var', () => import('./multi-var/multi-var.js')],
  ['arrow-functions', () => import('./arrow-functions/arrow-functions.js')],
  ['arrow-return', () => import('./arrow-return/arrow-return.js')],
  ['object-method', () => import('./object-method/object-method.js')],
  ['object-shorthand', () => import('./object-shorthand/object-shorthand.js')],
  ['no-strict', () => import('./no-strict/no-strict.js')],
  ['exponent', () => import('./exponent/exponent.js')],
  ['angle-bracket-assertion', () => import('./angle-bracket-assertion/angle-bracket-assertion.js')],
  ['import-equals-to-import', () => import('./import-equals-to-import/import-equals-to-import.js')],
  ['commonjs-to-esm', () => import('./commonjs-to-esm/commonjs-to-esm.js')],
  ['node-deprecations', () => import('./node-deprecations/node-deprecations.js')],
  ['node-util', () => import('./node-util/node-util.js')],
  ['node-buffer', () => import('./node-buffer/node-buffer.js')],
  ['node-fs', () => import('./node-fs/node-fs.js')],
  ['node-process', () => import('./node-process/node-process.js')],
  ['node-misc', () => import('./node-misc/node-misc.js')],
  ['node-import-attributes', () => import('./node-import-attributes/node-import-attributes.js')],
  ['node-crypto', () => import('./node-crypto/node-crypto.js')],
  ['node-url', () => import('./node-url/node-url.js')],
  ['node-types', () => import('./node-types/node-types.js')],
  ['node-chalk-styletext', () => import('./node-chalk-styletext/node-chalk-styletext.js')],
  ['node-axios-fetch', () => import('./node-axios-fetch/node-axios-fetch.js')],
  ['arg-rest', () => import('./arg-rest/arg-rest.js')],
  ['arg-spread', () => import('./arg-spread/arg-spread.js')],
  ['for-of', () => import('./for-of/for-of.js')],
  ['for-each', () => import('./for-each/for-each.js')],
  ['template-literals', () => import('./template-literals/template-literals.js')],
  ['default-param', () => import('./default-param/default-param.js')],
  ['destruct-param', () => import('./destruct-param/destruct-param.js')],
  ['includes', () => import('./includes/includes.js')],
  ['object-assign-spread', () => import('./object-assign-spread/object-assign-spread.js')],
  ['class', () => import('./class/class.js')],
  ['optional-chaining', () => import('./optional-chaining/optional-chaining.js')],
  ['nullish-coalescing', () => import('./nullish-coalescing/nullish-coalescing.js')],
  ['promise-to-async', () => import('./promise-to-async/promise-to-async.js')],
  ['ts-types-from-jsdoc', () => import('./ts-types-from-jsdoc/ts-types-from-jsdoc.js')],
  ['ts-class-fields', () => import('./ts-class-fields/ts-class-fields.js')],
  ['ts-types-from-usage', () => import('./ts-types-from-usage/ts-types-from-usage.js')],
  ['js-to-ts-rename', () => import('./js-to-ts-rename/js-to-ts-rename.js')],
  ['js-to-ts-tsconfig', () => import('./js-to-ts-tsconfig/js-to-ts-tsconfig.js')],
  ['js-to-ts-package', () => import('./js-to-ts-package/js-to-ts-package.js')],
  ['js-to-ts-modules', () => import('./js-to-ts-modules/js-to-ts-modules.js')],
  ['js-to-ts-declare-modules', () => import('./js-to-ts-declare-modules/js-to-ts-declare-modules.js')],
  ['js-to-ts-suppress', () => import('./js-to-ts-suppress/js-to-ts-suppress.js')],
];

/** The ids of the built-in passes, in `codemorph list` order. */
export const builtinPassIds: readonly string[] = LOADERS.map(([id]) => id);

/** The built-in pass with this id, loaded now; undefined when there is none. */
export async function loadBuiltinPass(id: string): Promise<Pass | undefined> {
  const loader = LOADERS.find(([candidate]) => candidate === id)?.[1];
  return loader ? (await loader()).pass : undefined;
}

/** Built-in recipes (named pass lists), runnable as `codemorph run <name>`. */
export const builtinRecipes: readonly RecipeDefinition[] = [
  {
    name: 'modernize',
    description:
      'ES5 to modern JavaScript, behaviour-preserving steps only (see docs/modernize.md for the order); keeps the module system',
    steps: [
      'node-deprecations',
      'class',
      'multi-var',
      'var-to-let-const',
      'arg-rest',
      'arg-spread',
      'default-param',
      'destruct-param',
      'for-of',
      'for-each',
      'object-method',
      'arrow-functions',
      'arrow-return',
      'object-assign-spread',
      'object-shorthand',
      'template-literals',
      'exponent',
      'includes',
      'no-strict',
    ],
  },
  {
    name: 'node-migrations',
    description:
      'Deprecated Node.js core APIs to their replacements, one pass per API family (docs/node-migrations.md); -o target=<major> migrates only what that Node version deprecates',
    steps: ['node-util', 'node-buffer', 'node-fs', 'node-process', 'node-misc', 'node-import-attributes', 'node-crypto', 'node-url'],
  },
  {
    name: 'node-migrations-types',
    description:
      'node-migrations, then node-types: the type checker decides new Buffer(x), res._headers, dirent.path, zlib bytesRead and fs.truncate(fd) (needs @types/node)',
    steps: [
      'node-util',
      // node-types decides these with the checker; the syntax passes would only warn about them first.
      { id: 'node-buffer', options: { codes: ['DEP0030', 'BUFFER_ATOB'] } },
      { id: 'node-fs', options: { codes: ['DEP0034', 'DEP0147', 'DEP0176'] } },
      'node-process',
      { id: 'node-misc', options: { codes: ['DEP0022', 'DEP0064', 'DEP0095', 'DEP0096', 'DEP0127', 'DEP0130', 'DEP0184', 'DEP0185', 'DEP0191', 'DEP0195'] } },
      'node-import-attributes',
      'node-crypto',
      'node-url',
      'node-types',
    ],
  },
  {
    name: 'modernize-esm',
    description: 'commonjs-to-esm, then modernize: also moves require/module.exports to import/export (changes module semantics)',
    steps: ['commonjs-to-esm', 'modernize'],
  },
  {
    name: 'modernize-ts',
    description: 'modernize plus the TypeScript and type-aware steps (assertions, import =, ?., ??, async/await)',
    steps: [
      'angle-bracket-assertion',
      'import-equals-to-import',
      'modernize',
      'optional-chaining',
      'nullish-coalescing',
      'promise-to-async',
    ],
  },
  {
    name: 'js-to-ts',
    description:
      'JavaScript to type-checked TypeScript (docs/js-to-ts.md): rename the files, create or update tsconfig.json, point the entry points of package.json at the compiled output, require/module.exports to import/export (-o module=commonjs: import = require, export =), declare untyped modules from their usage, add types from JSDoc, usage and class assignments, then silence what the checker still reports with explicit any or @ts-expect-error',
    steps: [
      'js-to-ts-rename',
      'js-to-ts-tsconfig',
      // package.json's main/bin/exports named the renamed .js files: now the compiled ones.
      'js-to-ts-package',
      // commonjs-to-esm on the renamed files (`.js` extensions, no import.meta where tsc emits
      // CommonJS), or with -o module=commonjs: import x = require() and export =.
      'js-to-ts-modules',
      // Untyped packages (tape, no @types) get a declaration typed from how the project uses
      // them, so their callbacks' parameters have contextual types for the passes below.
      'js-to-ts-declare-modules',
      // Real types, as many as the checker accepts: JSDoc first (the author's word), then usage
      // (which types constructor parameters, so that `this.x = x` fields get a type), then the
      // class fields those assignments declare.
      'ts-types-from-jsdoc',
      'ts-types-from-usage',
      'ts-class-fields',
      // Again: the fields and parameters typed above are new facts for the usage of others.
      'ts-types-from-usage',
      // What is left, causes before symptoms, each step on the program the one before left:
      // `: any` on declarations (which removes errors at their uses, in other files too), then
      // casts at the uses still failing, then comments for the rest. In one step a cast or a
      // comment would be written for an error a declaration's any removes.
      { id: 'js-to-ts-suppress', options: { only: 'declarations' } },
      { id: 'js-to-ts-suppress', options: { only: 'any' } },
      { id: 'js-to-ts-suppress', options: { with: 'comment' } },
    ],
  },
];
