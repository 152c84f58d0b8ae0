import type { FileResult } from '../core/result.js';

/**
 * Warnings grouped by pass and reason, for the end-of-run summary and `--json`: a team running
 * a pass over a large code base needs "what was left and why, how often", not 4,000 lines.
 *
 * The reason is the message with its variable parts abstracted: code in backticks (passes put
 * names and code there), numbers, and `(line N)` references. Within a group, a part that is
 * the same in every message is shown as it is (`reads \`arguments\``); one that differs becomes
 * `…` (`\`…\` is used before its declaration`).
 */
export interface WarningGroup {
  readonly pass: string;
  readonly reason: string;
  readonly count: number;
}

interface Entry {
  readonly pass: string;
  /** The message split around its variable parts: texts[0] part[0] texts[1] part[1] ... */
  readonly texts: readonly string[];
  /** Each variable part's common value, or undefined once two messages disagree. */
  readonly parts: Array<string | undefined>;
  /** Whether each variable part is code (in backticks) or a number. */
  readonly code: readonly boolean[];
  count: number;
}

const LINE_REFERENCE = /\s*\(line \d+\)/g;
const VARIABLE_PART = /`[^`\n]*`|\b\d+\b/g;

function split(message: string): { texts: string[]; parts: string[] } {
  const text = message.replace(LINE_REFERENCE, '');
  const texts: string[] = [];
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(VARIABLE_PART)) {
    texts.push(text.slice(last, match.index));
    parts.push(match[0]);
    last = match.index + match[0].length;
  }
  texts.push(text.slice(last));
  return { texts, parts };
}

export class WarningGroups {
  readonly #entries = new Map<string, Entry>();

  /** Counts one file's warnings. */
  add(result: FileResult): void {
    for (const warning of result.warnings) {
      const { texts, parts } = split(warning.message);
      const code = parts.map((part) => part.startsWith('`'));
      const key = [warning.passId, texts[0], ...parts.flatMap((_, i) => [code[i] ? '`' : '#', texts[i + 1]])].join('\u0000');
      const entry = this.#entries.get(key);
      if (!entry) {
        this.#entries.set(key, { pass: warning.passId, texts, parts, code, count: 1 });
        continue;
      }
      entry.count++;
      parts.forEach((part, i) => {
        if (entry.parts[i] !== part) entry.parts[i] = undefined;
      });
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Groups by pass (in the order passes first warned), most frequent reason first. */
  list(): WarningGroup[] {
    const order = new Map<string, number>();
    for (const entry of this.#entries.values()) if (!order.has(entry.pass)) order.set(entry.pass, order.size);
    return [...this.#entries.values()]
      .map((entry) => ({ pass: entry.pass, reason: render(entry), count: entry.count }))
      .sort((a, b) => order.get(a.pass)! - order.get(b.pass)! || b.count - a.count || a.reason.localeCompare(b.reason));
  }
}

function render(entry: Entry): string {
  let out = entry.texts[0]!;
  entry.parts.forEach((part, i) => {
    out += part ?? (entry.code[i] ? '`…`' : 'N');
    out += entry.texts[i + 1]!;
  });
  return out;
}

/** At most this many lines in the terminal summary; `--json` always has every group. */
const MAX_LINES = 40;

/** The grouped warnings for stderr, one `pass: reason ×count` line per group. */
export function formatWarningGroups(groups: readonly WarningGroup[]): string {
  const shown = groups.slice(0, MAX_LINES).map((group) => `  ${group.pass}: ${group.reason} ×${group.count}`);
  if (groups.length > MAX_LINES) shown.push(`  … and ${groups.length - MAX_LINES} more (all of them in --json: warningGroups)`);
  return `warnings by pass and reason:\n${shown.join('\n')}`;
}
