import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { definePass } from '../../src/core/pass.js';

interface TopLevelEntry {
  readonly key: string;
  /** The value's range in the text. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** The top-level keys of a JSON object text with their value ranges (strings and nesting aware). */
export function topLevelEntries(text: string): TopLevelEntry[] {
  const entries: TopLevelEntry[] = [];
  let depth = 0;
  let key: string | undefined;
  let valueStart = -1;
  let expectKey = false;
  const close = (at: number): void => {
    if (key === undefined || valueStart === -1) return;
    let valueEnd = at;
    while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1]!)) valueEnd--;
    entries.push({ key, valueStart, valueEnd });
    key = undefined;
    valueStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/\s/.test(char) || (char === ':' && depth === 1)) continue;
    if (char === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth === 1 && expectKey) {
        key = JSON.parse(text.slice(start, i + 1)) as string;
        expectKey = false;
      } else if (depth === 1 && valueStart === -1) valueStart = start;
      continue;
    }
    if (depth === 1 && key !== undefined && valueStart === -1 && char !== ',' && char !== '}') valueStart = i;
    if (char === '{' || char === '[') {
      depth++;
      if (depth === 1) expectKey = char === '{';
    } else if (char === '}' || char === ']') {
      if (depth === 1) close(i);
      depth--;
    } else if (char === ',' && depth === 1) {
      close(i);
      expectKey = true;
    }
  }
  return entries;
}

/** The package.json that governs a file: the nearest one upward, not above the root. */
function governingPackageJson(root: string, file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (relative(root, dir) === '' || dirname(dir) === dir) return undefined;
  }
}

export const pass = definePass<{ type: string }>({
  id: 'package-type',
  title: 'Set "type" in package.json',
  description:
    'Sets the "type" field ("module" by default, or "commonjs") of every package.json that governs the files of the run, ' +
    'keeping the file\'s formatting. Run it after commonjs-to-esm (the modernize-esm recipe leaves package.json alone).',
  needs: 'types',
  version: '1',
  options: {
    type: { type: 'string', description: 'the value of "type"', default: 'module', choices: ['module', 'commonjs'] },
  },
  visitProject(ctx) {
    const manifests = new Set<string>();
    for (const file of ctx.files) {
      const found = governingPackageJson(ctx.root, file);
      if (found) manifests.add(found);
    }
    for (const manifest of [...manifests].sort()) {
      const text = readFileSync(manifest, 'utf8');
      const entries = topLevelEntries(text);
      const wanted = JSON.stringify(ctx.options.type);
      const existing = entries.find((entry) => entry.key === 'type');
      if (existing) {
        if (text.slice(existing.valueStart, existing.valueEnd) !== wanted) {
          ctx.edits(manifest).replaceRange(existing.valueStart, existing.valueEnd, wanted);
          ctx.stat('package-type');
        }
        continue;
      }
      const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
      const newline = text.includes('\r\n') ? '\r\n' : '\n';
      const anchor = entries.find((entry) => entry.key === 'version') ?? entries.find((entry) => entry.key === 'name');
      if (anchor) {
        ctx.edits(manifest).insertAfter(anchor.valueEnd, `,${newline}${indent}"type": ${wanted}`);
      } else {
        const open = text.indexOf('{');
        const empty = /^\{\s*\}/.test(text.slice(open));
        ctx.edits(manifest).insertAfter(open + 1, empty ? `${newline}${indent}"type": ${wanted}${newline}` : `${newline}${indent}"type": ${wanted},`);
      }
      ctx.stat('package-type');
    }
  },
});

export default pass;
