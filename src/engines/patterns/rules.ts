import { readFileSync } from 'node:fs';
import picomatch from 'picomatch';
import { ts } from '../../core/parse.js';
import { createRequire } from 'node:module';
import { CodemorphError } from '../../core/errors.js';
import { compilePattern, type Pattern, type PatternLanguage } from './pattern.js';
import { compileTemplate, type Template } from './template.js';
import type { TypeConstraint } from './types.js';

/** A rule's matcher: patterns combined with any/all/not and the inside/has relations. */
export type MatcherSpec =
  | { readonly kind: 'pattern'; readonly pattern: Pattern }
  | { readonly kind: 'any'; readonly items: readonly MatcherSpec[] }
  | { readonly kind: 'all'; readonly items: readonly MatcherSpec[] }
  | { readonly kind: 'not'; readonly item: MatcherSpec }
  | { readonly kind: 'inside'; readonly item: MatcherSpec }
  | { readonly kind: 'has'; readonly item: MatcherSpec };

export interface Constraint extends TypeConstraint {
  readonly regex?: RegExp;
  /** ts.SyntaxKind values the bound node (each node of a list) must have. */
  readonly kinds?: readonly ts.SyntaxKind[];
}

export interface Rule {
  readonly id: string;
  readonly message?: string;
  readonly matcher: MatcherSpec;
  readonly where: ReadonlyMap<string, Constraint>;
  /** Without a rewrite the rule only reports (a warning per match). */
  readonly rewrite?: Template;
  /** Relative path filter from `files` / `ignores`. */
  readonly appliesTo: (relativePath: string) => boolean;
  readonly needsTypes: boolean;
}

const RULE_KEYS = new Set(['id', 'message', 'language', 'pattern', 'any', 'all', 'not', 'inside', 'has', 'where', 'rewrite', 'files', 'ignores']);
const MATCHER_KEYS = new Set(['pattern', 'any', 'all', 'not', 'inside', 'has']);
const CONSTRAINT_KEYS = new Set(['regex', 'kind', 'type', 'assignableTo']);
const ID = /^[a-z0-9][a-z0-9-]*$/;

type Raw = Record<string, unknown>;

function fail(where: string, message: string): never {
  throw new CodemorphError('load', `${where}: ${message}`);
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compileMatcher(raw: unknown, where: string, language: PatternLanguage | undefined): MatcherSpec {
  if (typeof raw === 'string') return { kind: 'pattern', pattern: compileIn(raw, where, language) };
  if (!isRecord(raw)) fail(where, 'expected a pattern string or an object with pattern/any/all/not/inside/has');
  const parts: MatcherSpec[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!MATCHER_KEYS.has(key)) continue;
    const here = `${where}.${key}`;
    if (key === 'pattern') {
      if (typeof value !== 'string') fail(here, 'expected a string');
      parts.push({ kind: 'pattern', pattern: compileIn(value, here, language) });
    } else if (key === 'any' || key === 'all') {
      if (!Array.isArray(value) || value.length === 0) fail(here, 'expected a non-empty list');
      parts.push({ kind: key, items: value.map((item, index) => compileMatcher(item, `${here}[${index}]`, language)) });
    } else {
      parts.push({ kind: key as 'not' | 'inside' | 'has', item: compileMatcher(value, here, language) });
    }
  }
  if (parts.length === 0) fail(where, 'needs one of pattern, any, all, not, inside, has');
  return parts.length === 1 ? parts[0]! : { kind: 'all', items: parts };
}

function compileIn(source: string, where: string, language: PatternLanguage | undefined): Pattern {
  try {
    return compilePattern(source, { language });
  } catch (error) {
    return fail(where, error instanceof Error ? error.message : String(error));
  }
}

/** True when the matcher can find candidates by itself (a pattern not under `not`). */
export function isPositive(spec: MatcherSpec): boolean {
  switch (spec.kind) {
    case 'pattern':
      return true;
    case 'any':
      return spec.items.every(isPositive);
    case 'all':
      return spec.items.some(isPositive);
    default:
      return false;
  }
}

function multiStatementNested(spec: MatcherSpec, top: boolean): boolean {
  switch (spec.kind) {
    case 'pattern':
      return !top && spec.pattern.shape.kind === 'statements';
    case 'any':
    case 'all':
      return spec.items.some((item) => multiStatementNested(item, false));
    default:
      return multiStatementNested(spec.item, false);
  }
}

function compileConstraint(raw: unknown, where: string): Constraint {
  if (!isRecord(raw)) fail(where, 'expected an object with regex, kind, type or assignableTo');
  for (const key of Object.keys(raw)) if (!CONSTRAINT_KEYS.has(key)) fail(where, `unknown key "${key}"`);
  const constraint: { -readonly [K in keyof Constraint]: Constraint[K] } = {};
  if (raw.regex !== undefined) {
    if (typeof raw.regex !== 'string') fail(`${where}.regex`, 'expected a string');
    try {
      constraint.regex = new RegExp(raw.regex, 'u');
    } catch (error) {
      fail(`${where}.regex`, error instanceof Error ? error.message : String(error));
    }
  }
  if (raw.kind !== undefined) {
    const names = Array.isArray(raw.kind) ? raw.kind : [raw.kind];
    constraint.kinds = names.map((name) => {
      const value = typeof name === 'string' ? (ts.SyntaxKind as unknown as Record<string, number>)[name] : undefined;
      if (value === undefined) return fail(`${where}.kind`, `"${String(name)}" is not a ts.SyntaxKind name`);
      return value as ts.SyntaxKind;
    });
  }
  if (raw.type !== undefined) {
    if (typeof raw.type !== 'string') fail(`${where}.type`, 'expected a type pattern string');
    try {
      constraint.type = compilePattern(raw.type, { shape: 'type' });
    } catch (error) {
      fail(`${where}.type`, error instanceof Error ? error.message : String(error));
    }
  }
  if (raw.assignableTo !== undefined) {
    if (typeof raw.assignableTo !== 'string') fail(`${where}.assignableTo`, 'expected a type string');
    checkResolvable(raw.assignableTo, `${where}.assignableTo`);
    constraint.assignableTo = raw.assignableTo;
  }
  return constraint;
}

const UNBOUND_TYPES = new Set([
  ts.SyntaxKind.TypeLiteral,
  ts.SyntaxKind.FunctionType,
  ts.SyntaxKind.ConstructorType,
  ts.SyntaxKind.MappedType,
]);

/**
 * `assignableTo` types are resolved from a synthetic node the binder never saw: references,
 * arrays, tuples, unions and keywords resolve, but type literals and function types would
 * silently become `{}` (which everything is assignable to), so they are refused up front.
 */
function checkResolvable(text: string, where: string): void {
  let pattern: Pattern;
  try {
    pattern = compilePattern(text, { shape: 'type' });
  } catch (error) {
    return fail(where, error instanceof Error ? error.message : String(error));
  }
  if (pattern.metavars.size > 0) fail(where, 'metavariables are not allowed here (use type: for a type pattern)');
  const visit = (node: ts.Node): void => {
    if (UNBOUND_TYPES.has(node.kind)) {
      fail(where, `${ts.SyntaxKind[node.kind]} is not supported; name the type (an interface, Function, Record<K, V>...)`);
    }
    ts.forEachChild(node, visit);
  };
  if (pattern.shape.kind === 'node') visit(pattern.shape.node);
}

function globs(raw: unknown, where: string): string[] | undefined {
  if (raw === undefined) return undefined;
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) fail(where, 'expected a glob or a list of globs');
  return list as string[];
}

/** Validates one rule object (as parsed from YAML or written in code) and compiles its patterns. */
export function compileRule(raw: unknown, location = 'rule'): Rule {
  if (!isRecord(raw)) fail(location, 'expected a rule object');
  const id = raw.id;
  if (typeof id !== 'string' || !ID.test(id)) fail(location, 'id is required and must be kebab-case');
  const here = `rule ${id}`;
  for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) fail(here, `unknown key "${key}"`);
  if (raw.message !== undefined && typeof raw.message !== 'string') fail(here, 'message must be a string');
  if (raw.language !== undefined && raw.language !== 'ts' && raw.language !== 'tsx') fail(here, 'language must be ts or tsx');
  const language = raw.language as PatternLanguage | undefined;
  const matcher = compileMatcher(raw, here, language);
  if (!isPositive(matcher)) fail(here, 'needs a pattern to find candidates (not/inside/has only filter them)');
  if (multiStatementNested(matcher, true)) fail(here, 'a multi-statement pattern must be the rule\'s only matcher');
  if (matcher.kind === 'all' && matcher.items.some((item) => item.kind === 'pattern' && item.pattern.shape.kind === 'statements')) {
    fail(here, 'a multi-statement pattern cannot be combined with other matchers');
  }
  const where = new Map<string, Constraint>();
  if (raw.where !== undefined) {
    if (!isRecord(raw.where)) fail(`${here}.where`, 'expected an object keyed by metavariable');
    for (const [name, value] of Object.entries(raw.where)) {
      where.set(name.replace(/^\$+/, ''), compileConstraint(value, `${here}.where.${name}`));
    }
  }
  if (raw.rewrite !== undefined && typeof raw.rewrite !== 'string') fail(here, 'rewrite must be a string');
  const files = globs(raw.files, `${here}.files`);
  const ignores = globs(raw.ignores, `${here}.ignores`);
  const include = files ? picomatch(files, { dot: true }) : undefined;
  const exclude = ignores ? picomatch(ignores, { dot: true }) : undefined;
  return {
    id,
    message: raw.message as string | undefined,
    matcher,
    where,
    rewrite: raw.rewrite === undefined ? undefined : compileTemplate(raw.rewrite as string, { language }),
    appliesTo: (path) => (!include || include(path)) && !(exclude && exclude(path)),
    needsTypes: [...where.values()].some((constraint) => constraint.type !== undefined || constraint.assignableTo !== undefined),
  };
}

const require = createRequire(import.meta.url);

/** The YAML parser, loaded on first use: a one-line JSON rule (`codemorph rewrite`) never needs it. */
function yamlParser(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

/** A rule file that is one JSON object, read as such (JSON is YAML: same result, no YAML parser). */
function jsonDocument(text: string): Array<{ errors: []; warnings: []; toJS: () => unknown }> | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return [{ errors: [], warnings: [], toJS: () => value }];
  } catch {
    return undefined; // YAML flow style that is not JSON: the YAML parser reads it
  }
}

/**
 * Rules from YAML text: one rule per document (`---` separated), or a `rules:` list. Parsed
 * with the yaml package's default (safe) schema; ids must be unique within the file.
 */
export function parseRules(text: string, source = 'rules'): Rule[] {
  const documents = jsonDocument(text) ?? yamlParser().parseAllDocuments(text);
  if (!Array.isArray(documents)) fail(source, 'expected YAML documents');
  const raws: Array<{ raw: unknown; where: string }> = [];
  documents.forEach((document, index) => {
    if (document.errors.length > 0) fail(`${source} (document ${index + 1})`, document.errors[0]!.message);
    // An unknown tag would otherwise turn silently into a plain string.
    const tag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
    if (tag) fail(`${source} (document ${index + 1})`, `tags are not allowed: ${tag.message.split('\n')[0]}`);
    const value: unknown = document.toJS();
    if (value === null || value === undefined) return;
    if (isRecord(value) && 'rules' in value) {
      if (!Array.isArray(value.rules)) fail(source, 'rules: expected a list');
      value.rules.forEach((raw, ruleIndex) => raws.push({ raw, where: `${source} rules[${ruleIndex}]` }));
    } else raws.push({ raw: value, where: `${source} (document ${index + 1})` });
  });
  if (raws.length === 0) fail(source, 'no rules');
  const rules = raws.map(({ raw, where: location }) => compileRule(raw, location));
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) fail(source, `duplicate rule id "${rule.id}"`);
    seen.add(rule.id);
  }
  return rules;
}

export function readRules(path: string): Rule[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CodemorphError('load', `cannot read rule file ${path}`, { path, cause: error });
  }
  return parseRules(text, path);
}
