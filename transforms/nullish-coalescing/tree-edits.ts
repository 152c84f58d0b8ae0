import type { ts as TS } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';

/** The edit calls the type-aware passes use, in positions of `ctx.sourceFile`. */
export interface TreeEdits {
  replace(node: TS.Node, text: string): void;
  replaceRange(start: number, end: number, text: string): void;
  insertBefore(node: TS.Node, text: string): void;
  insertAfter(node: TS.Node, text: string): void;
  /** Where `node` starts in the file's text (for warnings: the tree's offsets may be LF-based). */
  position(node: TS.Node): number;
}

/**
 * Edits keyed to the checker's tree. In project mode the program's SourceFile can hold the file's
 * text with CRLF turned into LF (ts-morph's replaceWithText normalizes newlines) while edits apply
 * to `ctx.text`; positions are mapped back so CRLF files are not corrupted. Returns undefined when
 * the two texts differ in any other way (the tree is then not this text's tree).
 */
export function treeEdits(ctx: FileContext): TreeEdits | undefined {
  const sourceFile = ctx.sourceFile;
  const tree = sourceFile.text;
  const actual = ctx.text;
  let map = (position: number): number => position;
  if (tree !== actual) {
    if (tree !== actual.replace(/\r\n/g, '\n')) return undefined;
    // Offsets (in the tree's text) of each "\n" that is "\r\n" in the file.
    const lineFeeds: number[] = [];
    let shift = 0;
    for (let index = actual.indexOf('\r\n'); index !== -1; index = actual.indexOf('\r\n', index + 2)) {
      lineFeeds.push(index - shift);
      shift++;
    }
    map = (position) => {
      let low = 0;
      let high = lineFeeds.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (lineFeeds[middle]! < position) low = middle + 1;
        else high = middle;
      }
      return position + low;
    };
  }
  const edits = ctx.edits;
  return {
    replace: (node, text) => edits.replaceRange(map(node.getStart(sourceFile)), map(node.getEnd()), text),
    replaceRange: (start, end, text) => edits.replaceRange(map(start), map(end), text),
    insertBefore: (node, text) => edits.insertBefore(map(node.getStart(sourceFile)), text),
    insertAfter: (node, text) => edits.insertAfter(map(node.getEnd()), text),
    position: (node) => map(node.getStart(sourceFile)),
  };
}
