import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { ts as TS } from 'ts-morph';
import { definePass } from '../../src/core/pass.js';
import { isEditable } from '../rename/locate.js';

// A type alias, not an interface: it must fit OptionValues (string index).
export type JsToTsRenameOptions = {
  tests: boolean;
  exclude: string[];
};

const NEW_EXTENSION: Record<string, string> = { '.js': '.ts', '.jsx': '.tsx', '.mjs': '.mts', '.cjs': '.cts' };

/** Test files by the names test runners look for (jest, vitest, mocha, node:test, tape). */
const TEST_FILE = /(^|\/)(__tests__|tests?)\/|\.(test|spec)\.[cm]?jsx?$/;

/** Tools load these by name (webpack.config.js, .eslintrc.cjs): renaming them breaks the tool. */
const DEFAULT_EXCLUDE = ['**/*.config.{js,cjs,mjs}', '**/.*rc.{js,cjs}', '**/*.d.ts'];

function containsJsx(ts: typeof TS, sourceFile: TS.SourceFile): boolean {
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** The TypeScript name of a JavaScript file: `.js` holding JSX becomes `.tsx`. */
export function typescriptPath(path: string, hasJsx: boolean): string | undefined {
  const match = /\.[cm]?jsx?$/.exec(path);
  if (!match) return undefined;
  const extension = match[0] === '.js' && hasJsx ? '.tsx' : NEW_EXTENSION[match[0]]!;
  return path.slice(0, -match[0].length) + extension;
}

export const pass = definePass<JsToTsRenameOptions>({
  id: 'js-to-ts-rename',
  title: 'Rename JavaScript files to TypeScript',
  description:
    'Renames the run\'s `.js` files to `.ts` (`.tsx` when they contain JSX), `.jsx` to `.tsx`, `.mjs` to `.mts` and `.cjs` to `.cts`, as file moves the later steps of the run see. ' +
    'Import specifiers stay as written: TypeScript resolves `./a.js` (what NodeNext ESM needs) and `./a` to `a.ts`, so no importer has to change. ' +
    'Leaves tool configuration files (`*.config.js`, `.*rc.js`), Flow files (`@flow`) and, with tests=false, test files alone; refuses a file whose TypeScript name already exists.',
  needs: 'types',
  version: '1',
  options: {
    tests: { type: 'boolean', default: true, description: 'also rename test files (*.test.js, *.spec.js, test/ and __tests__/ folders)' },
    exclude: { type: 'string[]', default: DEFAULT_EXCLUDE, description: 'globs (relative to the root) of JavaScript files to leave as they are' },
  },
  visitProject(ctx) {
    const excluded = picomatch(ctx.options.exclude, { dot: true });
    let renamed = 0;
    for (const file of ctx.files) {
      const rel = relative(ctx.root, file).split('\\').join('/');
      if (!/\.[cm]?jsx?$/.test(file) || !isEditable(ctx.root, file) || !ctx.owns(file) || excluded(rel)) continue;
      if (!ctx.options.tests && TEST_FILE.test(rel)) continue;
      const sourceFile = ctx.program.getSourceFile(file);
      if (!sourceFile) continue;
      if (/^\s*(\/\/|\/\*+)\s*@flow\b/m.test(sourceFile.text.slice(0, 2000))) {
        ctx.warn(file, 'left as JavaScript: a Flow file (@flow); strip its types first');
        continue;
      }
      const target = typescriptPath(file, /\.js$/.test(file) && containsJsx(ctx.ts, sourceFile))!;
      if (existsSync(target)) {
        ctx.warn(file, `left as JavaScript: ${relative(ctx.root, target).split('\\').join('/')} already exists`);
        continue;
      }
      ctx.fileOps.moveFile(file, target);
      renamed++;
    }
    if (renamed > 0) ctx.stat('files renamed', renamed);
  },
});
