import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

  it('does not keep a set-aside result (and so its texts) alive: memory stays flat however large the change', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const root = tempProject({});
    const store = new SpillStore(root, 0);
    let held: ChangedFile | undefined = changed(root, 'a.js', 'x'.repeat(100_000));
    const probe = new WeakRef(held);
    const item = store.add(held);
    held = undefined;
    await new Promise((resolve) => setTimeout(resolve, 0)); // a WeakRef keeps its target until the job ends
    gc();
    expect(probe.deref()).toBeUndefined(); // was retained through the loader's closure context
    expect(item.after()).toBe('x'.repeat(100_000));
  });
});
