import { crypto } from '../../core/lazy-builtins.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CodemorphError } from '../../core/errors.js';
import { requireWords } from '../../core/byte-prefilter.js';
import { parentsOnDemand } from '../../core/lazy-parents.js';
import { setParents } from '../../core/parse.js';
import { definePass, type FileContext, type FilePass, type TextTest } from '../../core/pass.js';
import { findRuleMatches, type RuleMatch } from './evaluate.js';
import { outsideComments } from './outside-comments.js';
import type { PatternLanguage } from './pattern.js';
import { compileRule, parseRules, type MatcherSpec, type Rule } from './rules.js';
import { bytesForm, escapeRegExp } from './sequences.js';
import { commentsIn, detectIndentUnit, renderTemplate } from './template.js';

/** A word (plain text) a file must contain, or a test its text must pass (sequences.ts, repeats.ts). */
type Needle = string | TextTest;

/**
 * Identifiers, keywords, operators and token sequences a file must contain for the matcher to match anywhere in it, as alternatives of
 * all-required groups (`any` gives one group per alternative). Undefined: no cheap filter.
 */
function needlesOf(spec: MatcherSpec): Needle[][] | undefined {
  switch (spec.kind) {
    case 'pattern': {
      const { needles, sequences } = spec.pattern;
      return needles.length + sequences.length > 0 ? [[...needles, ...sequences]] : undefined;
    }
    case 'any': {
      const groups: Needle[][] = [];
      for (const item of spec.items) {
        const inner = needlesOf(item);
        if (!inner) return undefined;
        groups.push(...inner);
      }
      return groups;
    }
    case 'all':
      for (const item of spec.items) {
        const inner = item.kind === 'not' ? undefined : needlesOf(item);
        if (inner) return inner;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * One test per group: every needle of the group somewhere in the text, and somewhere outside
 * comments (outside-comments.ts). Words and regexes become one anchored regex; other tests
 * (repeats.ts) run after it. The group's words are declared on the test, so that files lacking
 * one are turned away from their bytes, undecoded.
 */
function groupTest(group: readonly Needle[]): Needle {
  const words = group.filter((needle): needle is string => typeof needle === 'string');
  const latin1 = group.flatMap((needle) => (needle instanceof RegExp ? bytesForm(needle) ?? [] : []));
  const only = group.length === 1 ? group[0]! : undefined;
  const present: TextTest = typeof only === 'string' ? { test: (text: string) => text.includes(only) } : only ?? combinedTest(group);
  const inCode = group.filter((needle): needle is string | RegExp => typeof needle === 'string' || needle instanceof RegExp);
  return requireWords(inCode.length > 0 ? outsideComments(present, inCode) : present, words, latin1);
}

function combinedTest(group: readonly Needle[]): TextTest {
  const regexParts = group.filter((needle): needle is string | RegExp => typeof needle === 'string' || needle instanceof RegExp);
  const others = group.filter((needle): needle is TextTest => typeof needle !== 'string' && !(needle instanceof RegExp));
  const source = (needle: string | RegExp) => (typeof needle === 'string' ? escapeRegExp(needle) : needle.source);
  const combined = regexParts.length > 0 ? new RegExp(`^${regexParts.map((needle) => `(?=[\\s\\S]*?${source(needle)})`).join('')}`) : undefined;
  if (others.length === 0) return combined!;
  return { test: (text: string) => (combined === undefined || combined.test(text)) && others.every((test) => test.test(text)) };
}

const found = (text: string, needle: Needle): boolean => (typeof needle === 'string' ? text.includes(needle) : needle.test(text));

function hasGroup(text: string, groups: readonly Needle[][]): boolean {
  return groups.some((group) => group.every((needle) => found(text, needle)));
}

function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/**
 * Picks the rewrites to apply in one pass: outermost first (earlier start, then longer range,
 * then rule order). A match overlapping one already taken is left for the next round; a match
 * whose rewrite would change nothing (`render` returns undefined) takes no room.
 */
export function selectRewrites<T>(
  matches: readonly RuleMatch[],
  rules: readonly Rule[],
  render: (match: RuleMatch) => T | undefined,
): { taken: Array<{ match: RuleMatch; rendered: T }>; deferred: number } {
  const start = (match: RuleMatch): number => match.node.getStart(match.node.getSourceFile());
  const order = new Map(rules.map((rule, index) => [rule, index]));
  const sorted = [...matches].sort(
    (a, b) => start(a) - start(b) || b.last.getEnd() - a.last.getEnd() || order.get(a.rule)! - order.get(b.rule)!,
  );
  const taken: Array<{ match: RuleMatch; rendered: T }> = [];
  let end = -1;
  let deferred = 0;
  for (const match of sorted) {
    if (start(match) < end) {
      deferred++;
      continue;
    }
    const rendered = render(match);
    if (rendered === undefined) continue;
    taken.push({ match, rendered });
    end = match.last.getEnd();
  }
  return { taken, deferred };
}

function visitRules(rules: readonly Rule[], needles: ReadonlyArray<Needle[][] | undefined>, ctx: FileContext): void {
  const active = rules.filter((rule, index) => {
    const groups = needles[index];
    return rule.appliesTo(ctx.relativePath) && (groups === undefined || hasGroup(ctx.text, groups));
  });
  if (active.length === 0) return;
  const sourceFile = ctx.sourceFile;
  const matches = active.flatMap((rule) => findRuleMatches(rule, sourceFile, ctx.checker));
  if (matches.length === 0) return;
  // Rendering reads parents (getSourceFile()); the tree may have none yet (matchesWithoutParents).
  setParents(sourceFile, ctx.path);
  const rewrites: RuleMatch[] = [];
  for (const match of matches) {
    if (match.rule.rewrite) rewrites.push(match);
    else ctx.warn(match.rule.message ?? `matches rule ${match.rule.id}`, match.node);
  }
  // Detected on the first multi-line template only: most rewrites never need it.
  let indentUnit: string | null | undefined;
  const crlf = ctx.text.includes('\r\n');
  const render = (match: RuleMatch): string | undefined => {
    const start = match.node.getStart(sourceFile);
    const end = match.last.getEnd();
    const template = match.rule.rewrite!;
    if (template.indentUnit !== undefined && indentUnit === undefined) indentUnit = detectIndentUnit(ctx.text) ?? null;
    const text = renderTemplate(template, match.bindings, {
      indent: indentAt(ctx.text, start),
      indentUnit: indentUnit ?? undefined,
      within: { start, end, sourceFile },
    });
    // Templates are written with \n; a CRLF file keeps CRLF throughout.
    const final = crlf ? text.replace(/\r?\n/g, '\r\n') : text;
    return final === ctx.text.slice(start, end) ? undefined : final; // undefined: already in the target form
  };
  const { taken, deferred } = selectRewrites(rewrites, rules, render);
  for (const { match, rendered } of taken) {
    const start = match.node.getStart(sourceFile);
    const end = match.last.getEnd();
    ctx.edits.replaceRange(start, end, rendered);
    const lost = commentsIn(sourceFile, start, end).filter((comment) => !rendered.includes(comment));
    if (lost.length > 0) {
      ctx.warn(`${match.rule.id}: the rewrite drops ${lost.length === 1 ? 'a comment' : `${lost.length} comments`}: ${lost[0]!.slice(0, 60)}`, start);
    }
    ctx.stat(match.rule.id);
  }
  if (deferred > 0) ctx.stat('overlaps-left-for-next-round', deferred);
}

export interface RulesPassOptions {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** Part of the cache key: change it when the rules change. */
  readonly version?: string;
  readonly hidden?: boolean;
}

/** Whether a matcher reads a node's parent (`inside`): only then does matching need parent pointers. */
function readsParents(spec: MatcherSpec): boolean {
  switch (spec.kind) {
    case 'pattern':
      return false;
    case 'inside':
      return true;
    case 'any':
    case 'all':
      return spec.items.some(readsParents);
    case 'not':
    case 'has':
      return readsParents(spec.item);
  }
}

/**
 * Whether the rules find their matches walking down a tree without parent pointers: no `inside`,
 * no `where` (a regex reads the bound code's text through its source file, a type needs a checker).
 */
function matchesWithoutParents(rules: readonly Rule[]): boolean {
  return rules.every((rule) => !rule.needsTypes && rule.where.size === 0 && !readsParents(rule.matcher));
}

/** One pass running several rules together; needs 'types' iff some rule has a type constraint. */
export function rulesToPass(rules: readonly Rule[], options: RulesPassOptions): FilePass {
  if (rules.length === 0) throw new CodemorphError('load', `pass ${options.id}: no rules`);
  const needles = rules.map((rule) => needlesOf(rule.matcher));
  // The runner skips a file (unparsed) when none of these match.
  const match = needles.every((groups) => groups !== undefined)
    ? (needles as Needle[][][]).flat().map(groupTest)
    : undefined;
  const summary = rules.map((rule) => `${rule.id}${rule.message ? ` (${rule.message})` : ''}`).join('; ');
  const pass = definePass({
    id: options.id,
    title: options.title,
    description: options.description ?? `Pattern rules: ${summary}.`,
    needs: rules.some((rule) => rule.needsTypes) ? 'types' : 'syntax',
    version: options.version,
    hidden: options.hidden,
    match,
    // Patterns match code, never JSDoc (ts.forEachChild does not visit it).
    jsdoc: false,
    // The matcher always finishes; a user's regex constraint might not (catastrophic backtracking).
    bounded: rules.every((rule) => [...rule.where.values()].every((constraint) => constraint.regex === undefined)),
    visit: (ctx) => visitRules(rules, needles, ctx),
  });
  return matchesWithoutParents(rules) ? parentsOnDemand(pass) : pass;
}

function idFromPath(path: string): string {
  const stem = basename(path).replace(/\.(ya?ml)$/i, '');
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'rules' : id;
}

/** A YAML rule file as a file pass (id from the file name), usable in recipes. */
export function loadRuleFile(path: string): FilePass {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CodemorphError('load', `cannot read rule file ${path}`, { path, cause: error });
  }
  const rules = parseRules(text, path);
  return rulesToPass(rules, {
    id: idFromPath(path),
    title: `Pattern rules from ${basename(path)}`,
    version: crypto().createHash('sha1').update(text).digest('hex').slice(0, 12),
  });
}

export interface RewriteSpec {
  readonly pattern: string;
  readonly to: string;
  readonly language?: PatternLanguage;
}

/** `codemorph rewrite --pattern P --to T` as a pass. */
export function createRewritePass(spec: RewriteSpec): FilePass {
  const rule = compileRule({ id: 'rewrite', pattern: spec.pattern, rewrite: spec.to, language: spec.language }, 'rewrite');
  return rulesToPass([rule], {
    id: 'rewrite',
    title: 'Pattern rewrite',
    description: `Rewrites \`${spec.pattern}\` to \`${spec.to}\`.`,
    version: crypto().createHash('sha1').update(`${spec.pattern}\0${spec.to}`).digest('hex').slice(0, 12),
    hidden: true,
  });
}
