import { createRequire } from 'node:module';
import { extensionOf } from '../../core/parse.js';
import { withFlowNodesRenamed } from './flow-ast.js';
import { compatibleFlowParser } from './flow-compat.js';

/** The parser names jscodeshift's `--parser` accepts. */
export const PARSER_NAMES = ['babel', 'babylon', 'flow', 'ts', 'tsx'] as const;
export type ParserName = (typeof PARSER_NAMES)[number];

/** A parser object as jscodeshift takes it: anything with `parse(source)` returning an ESTree/Babel AST. */
export interface ParserObject {
  parse(source: string, options?: unknown): unknown;
}

export type ParserSetting = ParserName | ParserObject;

/** Where the parser of one file came from; the first that is set wins. */
export interface ParserSources {
  /** The transform module's `parser` export (string or object). */
  readonly exported?: unknown;
  /** The `parser` option (`--parser`, `--option parser=…`, a recipe step). */
  readonly option?: unknown;
  /** The file being transformed: its extension picks the default. */
  readonly path: string;
}

export function isParserName(value: unknown): value is ParserName {
  return typeof value === 'string' && (PARSER_NAMES as readonly string[]).includes(value);
}

function isParserObject(value: unknown): value is ParserObject {
  return typeof value === 'object' && value !== null && typeof (value as ParserObject).parse === 'function';
}

function checked(value: unknown, origin: string): ParserSetting {
  if (isParserName(value) || isParserObject(value)) return value;
  throw new Error(`${origin}: unknown parser ${JSON.stringify(value)} (expected ${PARSER_NAMES.join(', ')} or an object with parse())`);
}

/**
 * Which parser a jscodeshift transform runs with on one file: the transform's own `parser` export
 * wins (it was written against that AST), then the `parser` option, then the file extension.
 * Unlike jscodeshift's CLI, which defaults to babel everywhere, .ts/.tsx files get the TypeScript
 * parsers, since babel's default plugin set cannot read type annotations in .ts files.
 */
export function chooseParser(sources: ParserSources): ParserSetting {
  if (sources.exported !== undefined && sources.exported !== null) return checked(sources.exported, 'the transform\'s "parser" export');
  if (sources.option !== undefined && sources.option !== null) return checked(sources.option, 'the "parser" option');
  switch (extensionOf(sources.path)) {
    case '.ts':
    case '.mts':
    case '.cts':
      return 'ts';
    case '.tsx':
      return 'tsx';
    default:
      return 'babel';
  }
}

const require = createRequire(import.meta.url);
type GetParser = (name: string, options?: unknown) => ParserObject;
let getParser: GetParser | undefined;

/** The parser object jscodeshift's `withParser` gets for a name, with `--parser-config` options. */
export function parserObject(setting: ParserSetting, config?: unknown): ParserObject {
  if (typeof setting !== 'string') return setting;
  if (setting === 'flow') return withFlowNodesRenamed(compatibleFlowParser(config));
  getParser ??= require('jscodeshift/src/getParser.js') as GetParser;
  return getParser(setting, config ?? undefined);
}
