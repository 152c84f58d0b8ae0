import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { ts as morphTs } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { applyPass } from '../src/testing/index.js';
import { definePass, ts } from '../src/index.js';
import { REPO } from './cli-helpers.js';

/**
 * The public surface is reviewed as a diff: api/*.api.md are API Extractor's reports of the built
 * declarations (`npm run api:update` refreshes them), and docs/api.md marks every export stable or
 * experimental. dist/ must be built (`npm test` builds first).
 */

const ENTRY_POINTS = [
  { config: 'api/extractor.json', report: 'api/codemorph.api.md' },
  { config: 'api/extractor.testing.json', report: 'api/codemorph-testing.api.md' },
];

/** Names a report exports: declarations, and re-exports such as `export { ts }`. */
function exportedNames(report: string): string[] {
  const text = readFileSync(join(REPO, report), 'utf8');
  const declared = [...text.matchAll(/^export (?:declare )?(?:abstract )?(?:function|interface|type|const|class|namespace|enum) (\w+)/gm)];
  const reexported = [...text.matchAll(/^export \{ ([^}]+) \}/gm)].flatMap((match) => match[1]!.split(',').map((name) => name.trim()));
  return [...new Set([...declared.map((match) => match[1]!), ...reexported])].sort();
}

/** Names docs/api.md's tables mark: the first cell names exports, the second says stable or experimental. */
function markedNames(): Map<string, string> {
  const marked = new Map<string, string>();
  for (const line of readFileSync(join(REPO, 'docs/api.md'), 'utf8').split('\n')) {
    const row = /^\|([^|]+)\| (stable|experimental) \|/.exec(line);
    if (!row) continue;
    for (const match of row[1]!.matchAll(/`(\w+)/g)) marked.set(match[1]!, row[2]!);
  }
  return marked;
}

describe('the public API', () => {
  for (const { config, report } of ENTRY_POINTS) {
    it(`matches ${report} (after a deliberate change: npm run api:update, and review the diff)`, () => {
      const messages: string[] = [];
      const result = Extractor.invoke(ExtractorConfig.loadFileAndPrepare(join(REPO, config)), {
        localBuild: false,
        messageCallback: (message) => {
          message.handled = true;
          if (message.logLevel === 'error' || message.logLevel === 'warning') messages.push(message.formatMessageWithLocation(REPO));
        },
      });
      const hint = `the public API differs from ${report}: if deliberate, run \`npm run api:update\` and review \`git diff api/\``;
      expect(result.apiReportChanged, hint).toBe(false);
      expect(messages).toEqual([]);
    });
  }

  it('exports as `ts`, and hands passes as `ctx.ts`, the very compiler module ts-morph uses (its declarations type it)', async () => {
    let seen: unknown;
    const pass = definePass({ id: 'see-ts', title: 'See ts', description: 'Records ctx.ts.', needs: 'syntax', visit: (ctx) => void (seen = ctx.ts) });
    await applyPass(pass, 'x;\n');
    // ts-morph exports a frozen namespace copy of the module (rollup's interop), the module itself as `default`.
    const wrapped = (morphTs as unknown as { default: unknown }).default;
    expect(ts).toBe(wrapped);
    expect(seen).toBe(wrapped);
  });

  it('docs/api.md marks every export stable or experimental, and names no export that is gone', () => {
    const exported = new Set(ENTRY_POINTS.flatMap(({ report }) => exportedNames(report)));
    const marked = markedNames();
    expect([...exported].filter((name) => !marked.has(name))).toEqual([]);
    expect([...marked.keys()].filter((name) => !exported.has(name))).toEqual([]);
  });
});
