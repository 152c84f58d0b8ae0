import type { ts as TS } from 'ts-morph';
import { jsonPropertyName } from '../shared/json.js';
import type { TextEdit } from '../shared/text-edit.js';

/** Options that only make sense while sources are JavaScript. */
const JS_ONLY = new Set(['allowJs', 'checkJs']);

const TS_EXTENSION: Record<string, string> = { '.js': '.ts', '.jsx': '.tsx', '.mjs': '.mts', '.cjs': '.cts' };

/**
 * Edits that remove the chosen elements of a JSON object with their commas: an element followed
 * by another goes with its leading trivia up to the next one's; trailing ones go from the end of
 * the last kept element. The ranges never overlap however the removed elements sit.
 */
export function removeElements(list: TS.NodeArray<TS.ObjectLiteralElementLike>, remove: ReadonlySet<TS.Node>): TextEdit[] {
  const edits: TextEdit[] = [];
  const lastKept = [...list].reverse().find((element) => !remove.has(element));
  const lastKeptIndex = lastKept ? list.indexOf(lastKept) : -1;
  list.forEach((element, index) => {
    if (remove.has(element) && index < lastKeptIndex) edits.push({ start: element.pos, end: list[index + 1]!.pos, text: '' });
  });
  const trailing = list.slice(lastKeptIndex + 1);
  if (trailing.length > 0) edits.push({ start: lastKept ? lastKept.end : list.pos, end: trailing.at(-1)!.end, text: '' });
  return edits;
}

/** A JavaScript file name or pattern's TypeScript counterpart, or undefined when it names none. */
export function typescriptPattern(pattern: string): string | undefined {
  const match = /\.[cm]?jsx?$/.exec(pattern);
  return match ? pattern.slice(0, -match[0].length) + TS_EXTENSION[match[0]]! : undefined;
}

/** The edits that turn a JavaScript project's tsconfig into a TypeScript one (see the pass). */
export function configEdits(ts: typeof TS, json: TS.JsonSourceFile): TextEdit[] {
  const root = json.statements[0]?.expression;
  if (!root || !ts.isObjectLiteralExpression(root)) return [];
  const edits: TextEdit[] = [];
  for (const property of root.properties) {
    const name = jsonPropertyName(ts, property);
    if (!name || !ts.isPropertyAssignment(property)) continue;
    const value = property.initializer;
    if (name === 'compilerOptions' && ts.isObjectLiteralExpression(value)) {
      const drop = new Set(value.properties.filter((option) => JS_ONLY.has(jsonPropertyName(ts, option) ?? '')));
      edits.push(...removeElements(value.properties, drop));
    }
    if ((name === 'include' || name === 'files') && ts.isArrayLiteralExpression(value)) {
      for (const element of value.elements) {
        const renamed = ts.isStringLiteral(element) ? typescriptPattern(element.text) : undefined;
        if (renamed) edits.push({ start: element.getStart(json) + 1, end: element.getEnd() - 1, text: renamed });
      }
    }
  }
  return edits;
}
