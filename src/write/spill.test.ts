import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../core/result.js';
import { tempProject } from '../../test/cli-helpers.js';
import { SpillStore } from './spill.js';

function changed(root: string, name: string, after: string): ChangedFile {
  return { path: join(root, name), relativePath: name, status: 'changed', operation: 'edit', before: 'old\n', after, passes: ['p'], attribution: [], warnings: [], stats: {} };
}

describe('SpillStore', () => {
  it('keeps changes in memory within the budget and sets the rest aside on disk, holding no text for them', () => {
    const root = tempProject({});
    const store = new SpillStore(root, 10);
    const small = store.add(changed(root, 'a.js', 'new\n')); // 8 bytes: within the budget
    const large = store.add(changed(root, 'b.js', 'x'.repeat(1000)));
    expect(small.result.after).toBe('new\n');
    expect(large.result.after).toBe(''); // not held in memory
    expect(readdirSync(join(root, '.codemorph', 'pending'))).toHaveLength(1);
    expect(large.after()).toBe('x'.repeat(1000));
    expect(readdirSync(join(root, '.codemorph', 'pending'))).toHaveLength(0); // read once, room given back
    store.dispose();
    expect(existsSync(join(root, '.codemorph', 'pending'))).toBe(false);
  });

  it('refuses a change whose text on disk was damaged, naming the file', () => {
    const root = tempProject({});
    const store = new SpillStore(root, 0);
    const item = store.add(changed(root, 'a.js', 'new text\n'));
    writeFileSync(join(root, '.codemorph', 'pending', '0'), 'new te');
    expect(() => item.after()).toThrow('not written: the change set aside was damaged');
  });
});
