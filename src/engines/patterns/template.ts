import { ts } from '../../core/parse.js';
import type { TextRange } from '../../core/edit.js';
import type { Binding, Bindings } from './match.js';
import { compilePattern, type PatternLanguage } from './pattern.js';
import { needsObjectParens, precedenceOf, requiredPrecedence } from './precedence.js';

export interface Slot {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** The template's node at this slot, when the template parsed (for parenthesization). */
  readonly node?: ts.Node;
}

export interface Template {
  readonly text: string;
  /** The template's own indentation step (its smallest indentation), if it has indented lines. */
  readonly indentUnit?: string;
  readonly slots: readonly Slot[];
  /** Ranges of the template inside template literals: their newlines are content, not layout. */
  readonly verbatim: ReadonlyArray<readonly [number, number]>;
}

const SLOT = /(?<![\w$])\$(?:\$\$)?[A-Z_][A-Z0-9_]*(?![\w$])/g;

function literalRanges(root: ts.Node, sourceFile: ts.SourceFile, shift: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      ranges.push([node.getStart(sourceFile) - shift, node.getEnd() - shift]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
  return ranges;
}

/** Finds `$NAME` / `$$$NAME` slots; parses the template when it can, to know each slot's context. */
export function compileTemplate(source: string, options: { language?: PatternLanguage } = {}): Template {
  const text = source.replace(/\r?\n$/, '');
  const nodesAt = new Map<number, ts.Node>();
  let verbatim: Array<[number, number]> = [];
  try {
    const pattern = compilePattern(text, options);
    const shift = pattern.offset - (text.length - text.trimStart().length);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) nodesAt.set(node.getStart(pattern.sourceFile) - shift, node);
      ts.forEachChild(node, visit);
    };
    visit(pattern.sourceFile);
    verbatim = literalRanges(pattern.sourceFile, pattern.sourceFile, shift);
  } catch {
    // A template need not parse on its own (a list slot may stand where a list is not allowed).
  }
  const slots: Slot[] = [];
  for (const match of text.matchAll(SLOT)) {
    const raw = match[0];
    const name = raw.startsWith('$$$') ? raw.slice(3) : raw.slice(1);
    slots.push({ start: match.index, end: match.index + raw.length, name, node: nodesAt.get(match.index) });
  }
  return { text, slots, verbatim, indentUnit: smallestIndent(text) };
}

function smallestIndent(text: string): string | undefined {
  let unit: string | undefined;
  for (const line of text.split('\n').slice(1)) {
    const leading = /^[ \t]*/.exec(line)![0];
    if (leading === '' || line.trim() === '') continue;
    if (unit === undefined || leading.length < unit.length) unit = leading;
  }
  return unit;
}

/**
 * The most common step between the indentation of consecutive lines of a file: '\t', or 2, 4
 * or 8 spaces. Undefined when the file gives no clear answer.
 */
export function detectIndentUnit(text: string): string | undefined {
  const votes = new Map<string, number>();
  let previous = 0;
  let lines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (++lines > 2000) break;
    const leading = /^[ \t]*/.exec(line)![0];
    if (leading.startsWith('\t')) votes.set('\t', (votes.get('\t') ?? 0) + 1);
    else {
      const step = leading.length - previous;
      if (step === 2 || step === 4 || step === 8) votes.set(' '.repeat(step), (votes.get(' '.repeat(step)) ?? 0) + 1);
      previous = leading.length;
    }
  }
  let best: string | undefined;
  for (const [unit, count] of votes) if (best === undefined || count > votes.get(best)!) best = unit;
  return best;
}

/** Re-expresses template indentation written in steps of `from` in steps of `to`. */
function scaleIndent(leading: string, from: string | undefined, to: string | undefined): string {
  if (!from || !to || from === to || leading === '' || !/^ +$/.test(from)) return leading;
  const steps = Math.floor(leading.length / from.length);
  if (!/^ *$/.test(leading)) return leading;
  return to.repeat(steps) + ' '.repeat(leading.length - steps * from.length);
}

function indentOfLine(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

function inRanges(offset: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([start, end]) => offset > start && offset < end);
}

function boundNodes(binding: Binding): readonly ts.Node[] {
  return binding.kind === 'node' ? [binding.node] : binding.nodes;
}

/**
 * The bound code's own text (comments and formatting kept) with its continuation lines moved
 * from the indentation of the line it started on to `indent`. Lines inside template literals
 * keep their exact text.
 */
/**
 * The bound code's range, widened to the comments that belong to it: those before it (after the
 * previous token) and block comments right after it on the same line, as long as they lie in the
 * replaced range (comments outside it stay where they are, so they must not be copied).
 */
function boundRange(nodes: readonly ts.Node[], sourceFile: ts.SourceFile, within: TextRange): TextRange {
  const full = sourceFile.text;
  let start = nodes[0]!.getStart(sourceFile);
  let end = nodes[nodes.length - 1]!.getEnd();
  for (const comment of ts.getLeadingCommentRanges(full, nodes[0]!.pos) ?? []) {
    if (comment.pos >= within.start && comment.pos < start) {
      start = comment.pos;
      break;
    }
  }
  for (const comment of ts.getTrailingCommentRanges(full, end) ?? []) {
    if (comment.kind !== ts.SyntaxKind.MultiLineCommentTrivia || comment.end > within.end) break;
    end = comment.end;
  }
  return { start, end };
}

/** The offset of the next token at or after `offset`: whitespace and comments skipped. */
export function skipTrivia(text: string, offset: number): number {
  let at = offset;
  for (;;) {
    const space = /^\s*/.exec(text.slice(at, at + 4096))![0].length;
    at += space;
    if (text.startsWith('//', at)) {
      const lineEnd = text.indexOf('\n', at);
      at = lineEnd === -1 ? text.length : lineEnd;
    } else if (text.startsWith('/*', at)) {
      const close = text.indexOf('*/', at + 2);
      at = close === -1 ? text.length : close + 2;
    } else if (space === 0) return at;
  }
}

/** Comments in [start, end) of a file, as written. */
export function commentsIn(sourceFile: ts.SourceFile, start: number, end: number): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, sourceFile.languageVariant, sourceFile.text, undefined, start, end - start);
  const comments: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) {
      comments.push(scanner.getTokenText());
    }
  }
  return comments;
}

function boundText(binding: Binding, indent: string, within: RenderOptions['within'], wholeList: boolean): string {
  const nodes = boundNodes(binding);
  if (nodes.length === 0) return '';
  const sourceFile = nodes[0]!.getSourceFile();
  const full = sourceFile.text;
  let range: TextRange;
  if (wholeList && binding.kind === 'list' && nodes.length === binding.list.length) {
    // `f($$$ARGS)` → `g($$$ARGS)`: the whole list as written, line breaks and trailing comma included.
    range = { start: binding.list.pos, end: Math.min(skipTrivia(full, binding.list.end), within.end) };
  } else if (sourceFile === within.sourceFile) {
    range = boundRange(nodes, sourceFile, within);
  } else {
    // Nodes from another file (a type string parsed for a constraint) keep their own text.
    range = { start: nodes[0]!.getStart(sourceFile), end: nodes[nodes.length - 1]!.getEnd() };
  }
  const { start, end } = range;
  const text = full.slice(start, end);
  if (!text.includes('\n')) return text;
  const original = indentOfLine(full, start);
  const literals = nodes.flatMap((node) => literalRanges(node, sourceFile, start));
  const lines = text.split('\n');
  let offset = lines[0]!.length + 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const last = i === lines.length - 1;
    if (!inRanges(offset - 1, literals)) {
      // A blank line stays empty; a whitespace-only last line is the indentation of what follows.
      if (line.trim() === '' && !last) lines[i] = '';
      else if (line.startsWith(original)) lines[i] = indent + line.slice(original.length);
      else lines[i] = indent + line.trimStart();
    }
    offset += line.length + 1;
  }
  return lines.join('\n');
}

function isStatement(node: ts.Node): boolean {
  return ts.isStatement(node) || ts.isBlock(node);
}

export interface RenderOptions {
  /** The indentation of the line where the replaced code starts; every template line after the first gets it. */
  readonly indent: string;
  /** The file's indentation step ('  ', '    ', '\t'); the template's own step is converted to it. */
  readonly indentUnit?: string;
  /** The range being replaced: comments next to a bound node are copied only from inside it. */
  readonly within: TextRange & { readonly sourceFile: ts.SourceFile };
}

/**
 * Substitutes bindings into the template. Multi-line templates and bindings are re-indented to
 * where they land; an empty `$$$LIST` takes one neighbouring comma with it; a bound statement
 * swallows the template's `;` after it; a bound expression is parenthesized where the template
 * slot binds tighter than the expression.
 */
export function renderTemplate(template: Template, bindings: Bindings, options: RenderOptions): string {
  let out = '';
  let cursor = 0;
  const emitTemplate = (from: number, to: number): void => {
    let result = '';
    for (let i = from; i < to; i++) {
      const char = template.text[i]!;
      result += char;
      if (char !== '\n' || inRanges(i, template.verbatim)) continue;
      const leading = /^[ \t]*/.exec(template.text.slice(i + 1, to))![0];
      const next = template.text[i + 1 + leading.length];
      // Blank lines stay blank: no trailing whitespace.
      if (next === undefined || next === '\n' || next === '\r') continue;
      result += options.indent + scaleIndent(leading, template.indentUnit, options.indentUnit);
      i += leading.length;
    }
    out += result;
  };
  for (const slot of template.slots) {
    const binding = bindings.get(slot.name);
    if (!binding) continue; // unbound names (e.g. `$_`) stay as written
    emitTemplate(cursor, slot.start);
    cursor = slot.end;
    const nodes = boundNodes(binding);
    if (nodes.length === 0) {
      // A slot alone on its line takes the line with it: no blank, whitespace-only line remains.
      const lineBefore = /\n[ \t]*$/.exec(out);
      const lineAfter = /^[ \t]*(?=\r?\n|$)/.exec(template.text.slice(cursor));
      if (lineBefore && lineAfter) {
        out = out.slice(0, lineBefore.index);
        cursor += lineAfter[0].length;
        continue;
      }
      const trailingComma = /,\s*$/.exec(out);
      if (trailingComma) out = out.slice(0, trailingComma.index);
      else {
        const leadingComma = /^\s*,\s*/.exec(template.text.slice(cursor));
        if (leadingComma) cursor += leadingComma[0].length;
      }
      continue;
    }
    const wholeList = /[([{<]$/.test(out) && /^[)\]}>]/.test(template.text.slice(cursor));
    let text = boundText(binding, out.includes('\n') ? indentOfLine(out, out.length) : options.indent, options.within, wholeList);
    if (binding.kind === 'node' && slot.node) {
      const node = binding.node;
      if (precedenceOf(node) < requiredPrecedence(slot.node) || needsObjectParens(slot.node, node)) text = `(${text})`;
    }
    out += text;
    if (isStatement(nodes[nodes.length - 1]!) && template.text[cursor] === ';') cursor += 1;
  }
  emitTemplate(cursor, template.text.length);
  return out;
}
