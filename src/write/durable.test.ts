import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/cli-helpers.js';
import { writeFileDurably, type WriteIO } from './durable.js';

/** A disk that takes `room` more bytes, then writes short and fails as a full one does. */
function fullDisk(room: number): WriteIO {
  let left = room;
  return {
    writeSync(fd, buffer, offset, length) {
      if (left === 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const n = Math.min(left, length);
      left -= n;
      return fs.writeSync(fd, buffer, offset, n);
    },
    fsyncSync: (fd) => fs.fsyncSync(fd),
  };
}

describe('writeFileDurably', () => {
  it('a short write is never renamed over the original: the temp file goes, the original stays', () => {
    const dir = tempProject({ 'a.js': 'original\n' });
    const target = join(dir, 'a.js');
    expect(() => writeFileDurably(target, Buffer.from('x'.repeat(10_000)), { io: fullDisk(4096) })).toThrow(/no space left/);
    expect(readFileSync(target, 'utf8')).toBe('original\n');
    expect(readdirSync(dir)).toEqual(['a.js']);
  });

  it('a disk that accepts nothing more (write returns 0) fails instead of looping or stopping short', () => {
    const dir = tempProject({ 'a.js': 'original\n' });
    const stuck: WriteIO = { writeSync: () => 0, fsyncSync: () => undefined };
    expect(() => writeFileDurably(join(dir, 'a.js'), Buffer.from('new\n'), { io: stuck })).toThrow(/no space left on device/);
    expect(readFileSync(join(dir, 'a.js'), 'utf8')).toBe('original\n');
    expect(readdirSync(dir)).toEqual(['a.js']);
  });

  it('writes in as many pieces as the disk takes, and an fsync failure leaves the original', () => {
    const dir = tempProject({ 'a.js': 'original\n' });
    const trickle: WriteIO = { writeSync: (fd, buffer, offset) => fs.writeSync(fd, buffer, offset, 1), fsyncSync: (fd) => fs.fsyncSync(fd) };
    writeFileDurably(join(dir, 'a.js'), Buffer.from('written one byte at a time\n'), { io: trickle });
    expect(readFileSync(join(dir, 'a.js'), 'utf8')).toBe('written one byte at a time\n');
    const failingSync: WriteIO = { ...trickle, fsyncSync: () => { throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }); } };
    expect(() => writeFileDurably(join(dir, 'a.js'), Buffer.from('lost\n'), { io: failingSync })).toThrow(/EIO/);
    expect(readFileSync(join(dir, 'a.js'), 'utf8')).toBe('written one byte at a time\n');
    expect(readdirSync(dir)).toEqual(['a.js']);
  });

  it('keeps the mode of the file it replaces, whatever the umask', () => {
    const dir = tempProject({ 'run.sh': '#!/bin/sh\n' });
    chmodSync(join(dir, 'run.sh'), 0o751);
    writeFileDurably(join(dir, 'run.sh'), Buffer.from('#!/bin/sh\necho hi\n'));
    expect(statSync(join(dir, 'run.sh')).mode & 0o7777).toBe(0o751);
  });
});
