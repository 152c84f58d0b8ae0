import { describe, expect, it } from 'vitest';
import type { FileResult, Warning } from '../core/result.js';
import { formatWarningGroups, WarningGroups } from './warning-groups.js';

function result(...warnings: Array<[string, string]>): FileResult {
  const list: Warning[] = warnings.map(([passId, message]) => ({ passId, message, line: 1, column: 1 }));
  return { path: '/a.js', relativePath: 'a.js', status: 'unchanged', warnings: list, stats: {} };
}

describe('warning groups', () => {
  it('groups by pass and reason, abstracting the names that differ and keeping those that agree', () => {
    const groups = new WarningGroups();
    groups.add(result(['var-to-let-const', 'kept var: `a` is used before its declaration (line 3)'], ['class', 'constructor `A` left alone: reads `arguments` while having parameters']));
    groups.add(result(['var-to-let-const', 'kept var: `b` is used before its declaration (line 40)'], ['var-to-let-const', 'kept var: the function uses eval or with']));
    groups.add(result(['class', 'constructor `B` left alone: reads `arguments` while having parameters']));
    expect(groups.list()).toEqual([
      { pass: 'var-to-let-const', reason: 'kept var: `…` is used before its declaration', count: 2 },
      { pass: 'var-to-let-const', reason: 'kept var: the function uses eval or with', count: 1 },
      { pass: 'class', reason: 'constructor `…` left alone: reads `arguments` while having parameters', count: 2 },
    ]);
  });

  it('keeps a single occurrence as it was written, numbers included', () => {
    const groups = new WarningGroups();
    groups.add(result(['node-deprecations', 'util.isDate (DEP0047) with 2 arguments left alone']));
    groups.add(result(['node-deprecations', 'util.isDate (DEP0047) with 3 arguments left alone']));
    groups.add(result(['x', 'kept `a`']));
    expect(groups.list()).toEqual([
      { pass: 'node-deprecations', reason: 'util.isDate (DEP0047) with N arguments left alone', count: 2 },
      { pass: 'x', reason: 'kept `a`', count: 1 },
    ]);
  });

  it('formats one line per group, most frequent first within a pass', () => {
    const groups = new WarningGroups();
    for (let i = 0; i < 42; i++) groups.add(result(['var-to-let-const', `kept var: \`v${i}\` is used before its declaration (line ${i})`]));
    groups.add(result(['var-to-let-const', 'kept var: the function uses eval or with']));
    expect(formatWarningGroups(groups.list())).toBe(
      'warnings by pass and reason:\n' +
        '  var-to-let-const: kept var: `…` is used before its declaration ×42\n' +
        '  var-to-let-const: kept var: the function uses eval or with ×1',
    );
  });
});
