import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { ParserObject } from './parser.js';

/**
 * jscodeshift's `flow` parser over the flow-parser version its AST libraries understand.
 *
 * jscodeshift 17 takes flow-parser `0.*`, so it gets the newest. Newer versions emit node shapes
 * that the ast-types and recast bundled with jscodeshift do not know: class fields as
 * `PropertyDefinition` (jscodeshift#450), and other changes that make transforms built against
 * the older shapes fail or print wrongly (a JSX spread attribute rejected by a builder, `import
 * type { type Element }`). codemorph parses with flow-parser 0.158 (the last release with the
 * older shapes; the `flow-parser-compat` dependency), through jscodeshift's own flow wrapper so
 * the options are jscodeshift's, and falls back to the newest flow-parser when 0.158 reports
 * syntax errors (syntax newer than it).
 */

const require = createRequire(import.meta.url);
type FlowModule = { parse(code: string, options?: unknown): { errors?: unknown[] } };
type FlowWrapper = (options?: unknown) => ParserObject;

let compat: FlowModule | undefined;
let current: FlowModule | undefined;

function flowModules(): { compat: FlowModule; current: FlowModule } {
  compat ??= require('flow-parser-compat') as FlowModule;
  // The very module object jscodeshift's parser/flow.js calls: resolved from jscodeshift's folder.
  current ??= createRequire(require.resolve('jscodeshift/parser/flow.js'))('flow-parser') as FlowModule;
  return { compat, current };
}

function errorsOf(ast: unknown): number {
  const errors = (ast as { errors?: unknown[] } | undefined)?.errors;
  return Array.isArray(errors) ? errors.length : 0;
}

/** jscodeshift's flow parser (with `--parser-config` options), trying flow-parser 0.158 first. */
export function compatibleFlowParser(config?: unknown): ParserObject {
  const wrapper = (require('jscodeshift/parser/flow.js') as FlowWrapper)(config ?? undefined);
  return {
    parse(source: string, options?: unknown): unknown {
      const modules = flowModules();
      const original = modules.current.parse;
      // jscodeshift's wrapper calls `flowParser.parse(code, itsOptions)`: answer with 0.158, same options.
      modules.current.parse = (code, flowOptions) => modules.compat.parse(code, flowOptions);
      let ast: unknown;
      try {
        ast = wrapper.parse(source, options);
      } finally {
        modules.current.parse = original;
      }
      return errorsOf(ast) === 0 ? ast : wrapper.parse(source, options);
    },
  };
}

/** The folder of the flow-parser version tried first (for --version output and docs). */
export function compatibleFlowParserDir(): string {
  return dirname(require.resolve('flow-parser-compat/package.json'));
}
