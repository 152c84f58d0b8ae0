import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/cli-helpers.js';
import { discoverFiles, discoverWithGlobby, type DiscoverOptions } from './discover.js';
import { mayMatch, namedFilesOnly } from './named-files.js';

// Files named one by one are found without globby when no ignore rule could apply; the answer
// must be globby's, whatever the rules. Each case runs both ways and compares.

const TREE = {
  '.gitignore': 'dist/\n*.log\n# a comment\n!keep.log\n/top-only.ts\n',
  'a.ts': 'a;\n',
  'top-only.ts': 'x;\n',
  'notes.log': 'log\n',
  'keep.log': 'log\n',
  'src/b.ts': 'b;\n',
  'src/.gitignore': 'gen*/\nsecret.ts  \n',
  'src/secret.ts': 's;\n',
  'src/generated/c.ts': 'c;\n',
  'src/deep/d.ts': 'd;\n',
  'src/deep/top-only.ts': 'd;\n',
  'dist/e.ts': 'e;\n',
  'node_modules/pkg/f.ts': 'f;\n',
  'Weird Name [1].ts': 'w;\n',
  'README.md': '# r\n',
  'other/.gitignore': '[ab].ts\n',
  'other/a.ts': 'a;\n',
  'other/z.ts': 'z;\n',
};

describe('discovering files named one by one', () => {
  it('finds what globby finds, answering without it where no rule could apply', async () => {
    const dir = tempProject(TREE);
    mkdirSync(join(dir, '.git'));
    symlinkSync(join(dir, 'src'), join(dir, 'linked'));
    const cases: [patterns: string[], extra: Partial<DiscoverOptions>, fast: boolean][] = [
      [['a.ts'], {}, true],
      [['src/b.ts', './a.ts', 'a.ts', 'src/deep/d.ts'], {}, true],
      [['top-only.ts'], {}, false], // `/top-only.ts` matches
      [['src/deep/top-only.ts'], {}, false], // could match by name: globby decides (kept)
      [['notes.log', 'keep.log'], {}, false],
      [['src/secret.ts', 'src/b.ts'], {}, false],
      [['src/generated/c.ts'], {}, false],
      [['dist/e.ts'], {}, false],
      [['node_modules/pkg/f.ts'], {}, false],
      [['Weird Name [1].ts'], {}, true],
      [['other/a.ts'], {}, false], // a character class may match anything
      [['other/z.ts'], {}, false],
      [['linked/b.ts'], {}, false],
      [['a.ts', 'src'], {}, false],
      [['src/*.ts'], {}, false],
      [['a.ts'], { ignore: ['**/a.ts'] }, false],
      [['dist/e.ts', 'src/secret.ts'], { gitignore: false }, true],
      [['a.ts', 'src/b.ts'], { only: [join(dir, 'src/b.ts')] }, true],
      // Folders with git's list (--staged): the listed files a walk would find.
      [[], { only: ['a.ts', 'src/b.ts', 'README.md', 'src/deep/d.ts', 'Weird Name [1].ts'].map((path) => join(dir, path)) }, true],
      [['src'], { only: ['a.ts', 'src/b.ts', 'src/deep/d.ts'].map((path) => join(dir, path)) }, true],
      [['.'], { only: [join(dir, 'src/b.ts')], extensions: ['js'] }, true],
      [['.'], { only: ['a.ts', 'dist/e.ts'].map((path) => join(dir, path)) }, false],
      [['.'], { only: ['a.ts', 'node_modules/pkg/f.ts'].map((path) => join(dir, path)) }, false],
      [['.'], { only: ['a.ts', 'src/gone.ts'].map((path) => join(dir, path)) }, false],
      [['src', 'a.ts'], { only: [join(dir, 'a.ts')] }, false],
    ];
    for (const [patterns, extra, fast] of cases) {
      const options: DiscoverOptions = { cwd: dir, patterns, ...extra };
      const label = `${patterns.join(' ')} ${JSON.stringify(extra)}`;
      expect(await discoverFiles(options), label).toEqual(await discoverWithGlobby(options));
      expect(namedFilesOnly(options) !== undefined, label).toBe(fast);
    }
    // From a folder below the git root, the .gitignore files above it apply too (as in globby).
    const sub = { cwd: join(dir, 'src'), patterns: ['secret.ts', 'b.ts'] };
    expect(await discoverFiles(sub)).toEqual(await discoverWithGlobby(sub));
    expect(await discoverFiles(sub)).toEqual([join(dir, 'src', 'b.ts')]);
    expect(namedFilesOnly({ cwd: join(dir, 'src'), patterns: ['b.ts'] })).toEqual([join(dir, 'src', 'b.ts')]);
  });

  it('takes a .gitignore line to match when each of its names could match a name of the path', () => {
    expect(mayMatch('dist/', ['src', 'a.ts'])).toBe(false);
    expect(mayMatch('*.log', ['a.ts'])).toBe(false);
    expect(mayMatch('*.TS', ['a.ts'])).toBe(true); // case is ignored
    expect(mayMatch('src/gen', ['src', 'a.ts'])).toBe(false);
    expect(mayMatch('**/src/**', ['src', 'a.ts'])).toBe(true);
    expect(mayMatch('**', ['a.ts'])).toBe(true);
    expect(mayMatch('a?.ts', ['ab.ts'])).toBe(true);
    expect(mayMatch('[xyz].ts', ['a.ts'])).toBe(true); // not worked out: could
    expect(mayMatch('x\\ ', ['a.ts'])).toBe(true);
  });
});
