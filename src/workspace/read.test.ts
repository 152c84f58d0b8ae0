import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceSync } from './read.js';

describe('readSourceSync', () => {
  it('reads, skips and filters files as the limits say, one buffer reused from file to file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codemorph-read-'));
    const files: Record<string, string | Buffer> = {
      'big.ts': 'x'.repeat(5000),
      'small.ts': 'let a;',
      'limit.ts': 'y'.repeat(4000),
      'bom.ts': '\ufefflet b;',
      'bin.js': Buffer.from([0x61, 0, 0x62]),
      'plain.ts': 'no match',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    mkdirSync(join(dir, 'folder.ts'));
    const read = (name: string, mayMatch?: (bytes: Buffer) => boolean) => readSourceSync(join(dir, name), 4000, { mayMatch });
    expect(read('big.ts')).toEqual({ kind: 'skip', reason: 'larger than --max-file-size (5000 > 4000 bytes)' });
    // Read after a larger file: only its own bytes.
    expect(read('small.ts')).toEqual({ kind: 'text', text: 'let a;', bom: false });
    expect(read('limit.ts')).toMatchObject({ kind: 'text', text: 'y'.repeat(4000) });
    expect(read('bom.ts')).toEqual({ kind: 'text', text: 'let b;', bom: true });
    // Binary files are skipped before the filter is asked.
    expect(read('bin.js', () => false)).toEqual({ kind: 'skip', reason: 'binary file' });
    expect(read('plain.ts', (bytes) => bytes.includes('match'))).toMatchObject({ kind: 'text', text: 'no match' });
    expect(read('plain.ts', (bytes) => bytes.includes('void'))).toEqual({ kind: 'filtered' });
    expect(read('missing.ts')).toEqual({ kind: 'skip', reason: 'cannot read (ENOENT)' });
    expect(read('folder.ts')).toEqual({ kind: 'skip', reason: 'cannot read (EISDIR)' });
    // A limit past the reused buffer's size reads the file whole.
    expect(readSourceSync(join(dir, 'big.ts'), 64 * 1024 * 1024)).toMatchObject({ kind: 'text', text: 'x'.repeat(5000) });
    expect(readSourceSync(join(dir, 'big.ts'), 4999)).toEqual({ kind: 'skip', reason: 'larger than --max-file-size (5000 > 4999 bytes)' });
  });
});
