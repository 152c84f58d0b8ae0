import { definePass } from '../../src/core/pass.js';
import { pass as commonjsToEsm, type CommonjsToEsmOptions } from '../commonjs-to-esm/commonjs-to-esm.js';
import { keepCommonjs } from './keep-commonjs.js';

export type JsToTsModulesOptions = CommonjsToEsmOptions & { module: 'esm' | 'commonjs' };

export const pass = definePass<JsToTsModulesOptions>({
  id: 'js-to-ts-modules',
  title: 'CommonJS in migrated TypeScript to ES module syntax, or to import = require()',
  description:
    'The module step of js-to-ts, on TypeScript files only. module=esm (the default): commonjs-to-esm with `.js` extensions on relative specifiers and, where the file still compiles to CommonJS, require() and __dirname left as they are (commonjsRuntime=auto). ' +
    "module=commonjs: keeps CommonJS in TypeScript's own forms: a top-level `const x = require('y')` becomes `import x = require('y')`, a top-level `module.exports = v` becomes `export = v` when the file has no other exports; anything else stays as written.",
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: commonjsToEsm.match,
  options: {
    module: { type: 'string', choices: ['esm', 'commonjs'], default: 'esm', description: "'esm': import/export (commonjs-to-esm); 'commonjs': import x = require() and export =" },
    ...commonjsToEsm.options,
    addExtensions: { ...commonjsToEsm.options!.addExtensions!, default: true },
    commonjsRuntime: { ...commonjsToEsm.options!.commonjsRuntime!, default: 'auto' },
  },
  visit(ctx) {
    if (!/\.[cm]?tsx?$/.test(ctx.path) || /\.d\.[cm]?ts$/.test(ctx.path)) return;
    if (ctx.options.module === 'commonjs') keepCommonjs(ctx);
    else return commonjsToEsm.visit(ctx);
  },
});
