import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import picomatch from 'picomatch';
import type { ts as TS } from 'ts-morph';
import { definePass } from '../../src/core/pass.js';
import { isInside } from '../../src/core/paths.js';
import { findTsconfig } from '../../src/runner/project-units.js';
import { declareModule } from './module-declaration.js';
import { findUntypedModules, type UntypedModule } from './untyped-imports.js';

export type JsToTsDeclareModulesOptions = {
  dir: string;
};

const TYPESCRIPT = /\.[cm]?tsx?$/;
const DECLARATION = /\.d\.[cm]?ts$/;

/** `tape` → `tape.d.ts`, `@scope/x` → `scope__x.d.ts` (DefinitelyTyped's spelling of scoped names). */
export function declarationFileName(packageName: string): string {
  return `${packageName.replace(/^@([^/]+)\//, '$1__')}.d.ts`;
}

/**
 * Whether the tsconfig's `include`/`files`/`exclude` take `path` (relative, forward slashes).
 * JavaScript patterns count as their TypeScript names: js-to-ts-tsconfig renames them in the
 * same run, and the text on disk may be the one from before. No tsconfig on disk: the run
 * created it, with `**\/*.ts`.
 */
function configIncludes(ts: typeof TS, configPath: string | undefined, root: string, path: string): boolean {
  if (!configPath || !existsSync(configPath)) return true;
  const { config } = ts.parseConfigFileTextToJson(configPath, readFileSync(configPath, 'utf8')) as { config?: { include?: string[]; files?: string[]; exclude?: string[]; extends?: unknown } };
  if (!config) return false;
  // What a config it extends includes is that config's business: assume the usual, everything.
  if (config.extends && !config.include && !config.files) return true;
  const base = dirname(configPath);
  const rel = relative(base, path).split('\\').join('/');
  const asTs = (pattern: string): string => pattern.replace(/\.([cm]?)js(x?)$/, '.$1ts$2');
  // A directory or a pattern without an extension means every file under it, as tsc reads it.
  const glob = (pattern: string): string => (/\.\w+$|\*$/.test(pattern) && !/\*\*$/.test(pattern) ? asTs(pattern) : `${pattern.replace(/\/$/, '')}/**/*`).replace(/^\.\//, '');
  if (config.files?.some((file) => asTs(file).replace(/^\.\//, '') === rel)) return true;
  const include = config.include ?? (config.files ? [] : ['**/*']);
  const exclude = config.exclude ?? [];
  return picomatch(include.map(glob), { dot: false })(rel) && !picomatch(exclude.map(glob))(rel);
}

export const pass = definePass<JsToTsDeclareModulesOptions>({
  id: 'js-to-ts-declare-modules',
  title: 'Declarations for untyped modules, from how the project uses them',
  description:
    'For each bare import TypeScript resolves to JavaScript without declarations (error TS7016; no `@types` package, no types of its own), ' +
    'creates `types/<package>.d.ts` with `declare module \'<name>\'` typed from every use in the run\'s TypeScript files: the calls (argument types at each position, ' +
    'a union of at most three widened types, else `unknown`; a function passed in becomes a callback type whose parameters get interfaces from the members the callbacks use), ' +
    'the properties read and called, the result (`void` when no call uses it, `unknown` when nothing says more). CommonJS modules end in `export =`, ES modules in `export default` and named exports. ' +
    'Never `any`. Skips a module whose declaration file exists, that the tsconfig would not include, or that is an ES module a file compiled to CommonJS imports. Counts `declarations.modules` and `declarations.members`.',
  needs: 'types',
  version: '1',
  options: {
    dir: { type: 'string', default: 'types', description: "the folder for the created declaration files, relative to the tsconfig's folder (the root without one)" },
  },
  visitProject(ctx) {
    const { ts } = ctx;
    const sources = ctx.files
      .filter((file) => TYPESCRIPT.test(file) && !DECLARATION.test(file) && ctx.owns(file))
      .flatMap((file) => ctx.program.getSourceFile(file) ?? []);
    // Beside the tsconfig that checks the importing file: in a monorepo each project gets its own
    // (its tsconfig would not read another's); a created tsconfig is only in memory: the program's.
    const programConfig = ctx.program.getCompilerOptions().configFilePath as string | undefined;
    const configOf = (fileName: string): string | undefined => findTsconfig(dirname(fileName)) ?? programConfig;
    const baseOf = (fileName: string): string => {
      const config = configOf(fileName);
      return config && isInside(ctx.root, config) ? dirname(config) : ctx.root;
    };
    const byPackage = new Map<string, UntypedModule[]>();
    for (const module of findUntypedModules(ts, ctx.program, sources, baseOf)) {
      const key = join(module.base, declarationFileName(module.packageName));
      byPackage.set(key, [...(byPackage.get(key) ?? []), module]);
    }
    for (const modules of byPackage.values()) {
      const { base, packageName } = modules[0]!;
      const importer = modules[0]!.bindings[0]!.name.getSourceFile().fileName;
      const configPath = configOf(importer);
      const path = join(base, ctx.options.dir, declarationFileName(packageName));
      const shown = relative(ctx.root, path).split('\\').join('/');
      // Warnings are said where the module is imported: the declaration file is not one of the run's files.
      if (existsSync(path) || ctx.program.getSourceFile(path)) {
        ctx.warn(importer, `no declaration for ${packageName}: ${shown} exists, but does not declare ${modules.map((module) => `'${module.name}'`).join(', ')}`);
        continue;
      }
      const required = modules.find((module) => module.requiredBy);
      if (required) {
        ctx.warn(required.requiredBy!, `no declaration for ${packageName}: '${required.name}' is an ES module this file's CommonJS output would require()`);
        continue;
      }
      if (!configIncludes(ts, configPath, ctx.root, path)) {
        ctx.warn(importer, `no declaration for ${packageName}: the tsconfig does not include ${shown}; add "${ctx.options.dir}" to its include to declare ${packageName}`);
        continue;
      }
      const declarations = modules.map((module) => declareModule(ts, ctx.checker, module));
      const header = `// Types for ${packageName}, which has none: derived from how this project uses it (codemorph js-to-ts-declare-modules).\n`;
      ctx.fileOps.createFile(path, header + declarations.map((declaration) => declaration.text).join('\n'));
      ctx.stat('declarations.modules', modules.length);
      ctx.stat('declarations.members', declarations.reduce((sum, declaration) => sum + declaration.members, 0));
    }
  },
});
