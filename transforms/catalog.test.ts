import { describe, expect, it } from 'vitest';
import { builtinPassIds, loadBuiltinPass } from './catalog.js';
import { builtinPasses } from './index.js';

describe('the lazy catalog of built-in passes', () => {
  it('lists every pass of the registry, in its order, and loads each as the registry has it', async () => {
    expect(builtinPassIds).toEqual(builtinPasses.map((pass) => pass.id));
    for (const pass of builtinPasses) expect(await loadBuiltinPass(pass.id)).toBe(pass);
    expect(await loadBuiltinPass('no-such-pass')).toBeUndefined();
  });
});
