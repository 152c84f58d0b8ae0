export { jscodeshiftModuleAdapter, jscodeshiftPass } from './adapter.js';
export { boundJscodeshift, createApi } from './api.js';
export { chooseParser, isParserName, parserObject, PARSER_NAMES } from './parser.js';
export type { ParserName, ParserObject, ParserSetting, ParserSources } from './parser.js';
export { findTransform, transformId } from './transform.js';
export type { FoundTransform, TransformFunction } from './transform.js';
