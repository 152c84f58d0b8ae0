import type { Pass } from '../src/core/pass.js';
// Type-aware refactors (docs/refactors.md)
import { pass as rename } from './rename/rename.js';
import { pass as move } from './move/move.js';
import { pass as changeImport } from './change-import/change-import.js';
import { pass as replaceCall } from './replace-call/replace-call.js';
import { pass as removeUnusedImports } from './remove-unused-imports/remove-unused-imports.js';
import { pass as organizeImports } from './organize-imports/organize-imports.js';
import { pass as packageType } from './package-type/package-type.js';

// Modernization (syntax only)
import { pass as varToLetConst } from './var-to-let-const/var-to-let-const.js';
import { pass as multiVar } from './multi-var/multi-var.js';
import { pass as arrowFunctions } from './arrow-functions/arrow-functions.js';
import { pass as arrowReturn } from './arrow-return/arrow-return.js';
import { pass as objectMethod } from './object-method/object-method.js';
import { pass as objectShorthand } from './object-shorthand/object-shorthand.js';
import { pass as noStrict } from './no-strict/no-strict.js';
import { pass as exponent } from './exponent/exponent.js';
import { pass as angleBracketAssertion } from './angle-bracket-assertion/angle-bracket-assertion.js';
import { pass as importEqualsToImport } from './import-equals-to-import/import-equals-to-import.js';
import { pass as commonjsToEsm } from './commonjs-to-esm/commonjs-to-esm.js';
import { pass as nodeDeprecations } from './node-deprecations/node-deprecations.js';
import { pass as argRest } from './arg-rest/arg-rest.js';
import { pass as argSpread } from './arg-spread/arg-spread.js';
import { pass as forOf } from './for-of/for-of.js';
import { pass as forEach } from './for-each/for-each.js';
import { pass as templateLiterals } from './template-literals/template-literals.js';
import { pass as defaultParam } from './default-param/default-param.js';
import { pass as destructParam } from './destruct-param/destruct-param.js';
import { pass as includes } from './includes/includes.js';
import { pass as objectAssignSpread } from './object-assign-spread/object-assign-spread.js';
import { pass as classPass } from './class/class.js';

// Node.js upgrade migrations (docs/node-migrations.md)
import { pass as nodeUtil } from './node-util/node-util.js';
import { pass as nodeBuffer } from './node-buffer/node-buffer.js';
import { pass as nodeFs } from './node-fs/node-fs.js';
import { pass as nodeProcess } from './node-process/node-process.js';
import { pass as nodeMisc } from './node-misc/node-misc.js';
import { pass as nodeImportAttributes } from './node-import-attributes/node-import-attributes.js';
import { pass as nodeCrypto } from './node-crypto/node-crypto.js';
import { pass as nodeUrl } from './node-url/node-url.js';
import { pass as nodeTypes } from './node-types/node-types.js';
import { pass as nodeChalkStyletext } from './node-chalk-styletext/node-chalk-styletext.js';
import { pass as nodeAxiosFetch } from './node-axios-fetch/node-axios-fetch.js';

// Modernization (type-aware)
import { pass as optionalChaining } from './optional-chaining/optional-chaining.js';
import { pass as nullishCoalescing } from './nullish-coalescing/nullish-coalescing.js';
import { pass as promiseToAsync } from './promise-to-async/promise-to-async.js';
import { pass as tsTypesFromJsdoc } from './ts-types-from-jsdoc/ts-types-from-jsdoc.js';
import { pass as tsTypesFromUsage } from './ts-types-from-usage/ts-types-from-usage.js';
import { pass as tsClassFields } from './ts-class-fields/ts-class-fields.js';

// JavaScript to TypeScript (docs/js-to-ts.md)
import { pass as jsToTsRename } from './js-to-ts-rename/js-to-ts-rename.js';
import { pass as jsToTsTsconfig } from './js-to-ts-tsconfig/js-to-ts-tsconfig.js';
import { pass as jsToTsPackage } from './js-to-ts-package/js-to-ts-package.js';
import { pass as jsToTsModules } from './js-to-ts-modules/js-to-ts-modules.js';
import { pass as jsToTsDeclareModules } from './js-to-ts-declare-modules/js-to-ts-declare-modules.js';
import { pass as jsToTsSuppress } from './js-to-ts-suppress/js-to-ts-suppress.js';

/**
 * The registry of built-in passes: one explicit list, in the order `codemorph list` shows them.
 * A pass's id = its folder = its file = its CLI name.
 */
export const builtinPasses: readonly Pass[] = [
  rename, move, changeImport, replaceCall, removeUnusedImports, organizeImports, packageType,
  varToLetConst, multiVar, arrowFunctions, arrowReturn, objectMethod, objectShorthand, noStrict, exponent,
  angleBracketAssertion, importEqualsToImport,
  commonjsToEsm, nodeDeprecations,
  nodeUtil, nodeBuffer, nodeFs, nodeProcess, nodeMisc, nodeImportAttributes, nodeCrypto, nodeUrl, nodeTypes, nodeChalkStyletext, nodeAxiosFetch,
  argRest, argSpread, forOf, forEach, templateLiterals, defaultParam, destructParam, includes, objectAssignSpread, classPass,
  optionalChaining, nullishCoalescing, promiseToAsync,
  tsTypesFromJsdoc, tsClassFields, tsTypesFromUsage,
  jsToTsRename, jsToTsTsconfig, jsToTsPackage, jsToTsModules, jsToTsDeclareModules, jsToTsSuppress,
];

export { builtinRecipes } from './catalog.js';
