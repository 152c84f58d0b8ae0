import { describe, expect, it } from 'vitest';
import { regexEnd, slashBeginsRegex, stringEnd, templateEnd } from './literals.js';

/** slashBeginsRegex for the first `/` of `text`, with the code before it as the scan reads it. */
function regexAt(text: string): boolean | undefined {
  const slash = text.indexOf('/');
  let previous = slash - 1;
  while (previous >= 0 && text[previous] === ' ') previous--;
  return slashBeginsRegex(text, previous);
}

describe('literal ends for the pre-filter', () => {
  it('tells a regular expression from a division by the code before it, and says so when only a parser can', () => {
    for (const text of ['/x/', '(/x/', 'f(a, /x/', 'a = /x/', 'a ? /x/', 'return /x/', 'typeof /x/', 'x => /x/', 'a && /x/', '!a || /x/']) {
      expect(regexAt(text), text).toBe(true);
    }
    for (const text of ['a / 2', 'a.b / 2', 'a.return / 2', '1.5 / 2', 'a[0] / 2', "'s' / 2", '10 / 2']) {
      expect(regexAt(text), text).toBe(false);
    }
    for (const text of ['f(a) / 2', 'if (a) /x/', '{} /x/', 'a++ / 2', 'a! / 2', 'yield /x/', 'of /x/', 'café / 2']) {
      expect(regexAt(text), text).toBeUndefined();
    }
  });

  it('finds where a literal ends, or gives up', () => {
    expect(regexEnd('/a[/]b\\/c/gi.x', 0)).toBe(11);
    expect(regexEnd('/a\nb/', 0)).toBeUndefined();
    expect(regexEnd('/[[a]/]/v', 0)).toBeUndefined(); // a class in a class nests only with the v flag
    expect(templateEnd('`a${"}"}b${`c${d}`}`x', 0)).toBe(19);
    expect(templateEnd('`a\\`b`', 0)).toBe(5);
    expect(templateEnd('`${a / b}`', 0)).toBeUndefined();
    expect(templateEnd('`${<p>}</p>}`', 0)).toBeUndefined();
    expect(stringEnd("'a\\'b' x", 0)).toBe(5);
    expect(stringEnd("'a\r'", 0)).toBeUndefined();
  });
});
