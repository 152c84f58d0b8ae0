import { definePass, type FilePass } from '../../core/pass.js';
import { textToEdits } from '../../core/text-diff.js';
import type { ModuleAdapter } from '../index.js';
import { boundJscodeshift, createApi } from './api.js';
import { chooseParser } from './parser.js';
import { findTransform, transformId, type FoundTransform } from './transform.js';

/** Why a falsy result means "skipped": jscodeshift's worker counts every one of them as skipped. */
function declined(output: unknown): string | undefined {
  if (output === undefined) return 'transform returned undefined';
  if (output === null) return 'transform returned null';
  if (output === '') return 'transform returned an empty string';
  if (output === false) return 'transform returned false';
  return undefined;
}

/** What a transform returned: new text, or nothing to change. */
function outputText(output: unknown, source: string): string | undefined {
  if (typeof output !== 'string') {
    throw new Error(`the transform returned ${typeof output}; expected a string (new text), or null/undefined to skip the file`);
  }
  return output === source ? undefined : output;
}

/**
 * Wraps one jscodeshift transform as a codemorph file pass. Everything it needs comes from the
 * module and its path, so a worker thread that loads the same path gets the same pass.
 */
export function jscodeshiftPass(found: FoundTransform, path: string): FilePass {
  const id = transformId(path);
  return definePass({
    id,
    title: `jscodeshift transform ${id}`,
    description: `Runs the jscodeshift transform ${path} on each file and records the text it returns as edits.`,
    needs: 'syntax',
    engine: 'jscodeshift',
    parses: false,
    acceptsAnyOption: true,
    hidden: true,
    async visit(ctx) {
      const options = { ...ctx.options };
      const parser = chooseParser({ exported: found.parser, option: options.parser, path: ctx.path });
      const j = boundJscodeshift(parser, options.parserConfig);
      const output = await found.transform({ path: ctx.path, source: ctx.text }, createApi(j, ctx), options);
      const skip = declined(output);
      if (skip) return ctx.skip(skip);
      const text = outputText(output, ctx.text);
      if (text === undefined) return;
      for (const edit of textToEdits(ctx.text, text, id)) ctx.edits.replaceRange(edit.start, edit.end, edit.text);
    },
  });
}

/** Recognises jscodeshift transforms: a module whose export (or default export) is a function. */
export const jscodeshiftModuleAdapter: ModuleAdapter = {
  engine: 'jscodeshift',
  adapt(module, path) {
    const found = findTransform(module);
    return found ? [jscodeshiftPass(found, path)] : undefined;
  },
};
