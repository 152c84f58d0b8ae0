import { describe, expect, it } from 'vitest';
import { FileState } from './file-state.js';

describe('FileState', () => {
  it('keeps no tree with keepTree: false (project runs hold every file of a monorepo at once)', () => {
    const kept = new FileState('/a.ts', 'a.ts', 'const a = 1;\n');
    expect(kept.currentTree()).toBe(kept.currentTree());
    const released = new FileState('/a.ts', 'a.ts', 'const a = 1;\n', { keepTree: false });
    expect(released.inputProblem()).toBeUndefined();
    expect(released.currentTree()).not.toBe(released.currentTree());
    released.applyPass('p', [{ start: 6, end: 7, text: 'b', passId: 'p' }]);
    expect(released.currentTree().getFullText()).toBe('const b = 1;\n');
  });

  it('verifies an edited tsconfig as JSON with comments, and package.json as strict JSON', () => {
    const text = '{\n  // shared\n  "compilerOptions": { "strict": true, },\n}\n';
    const config = new FileState('/r/tsconfig.base.json', 'tsconfig.base.json', text);
    const at = text.indexOf('true');
    expect(config.applyPass('move', [{ start: at, end: at + 4, text: 'false', passId: 'move' }])).toBe(true);
    const manifest = new FileState('/r/package.json', 'package.json', '{ "main": "a.js" }\n');
    expect(() => manifest.applyPass('move', [{ start: 11, end: 11, text: '// x\n', passId: 'move' }])).toThrow(/output is not valid JSON/);
  });
});
