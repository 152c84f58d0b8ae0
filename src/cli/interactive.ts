import { createInterface, type Interface } from 'node:readline';
import type { ChalkInstance } from 'chalk';
import { UsageError } from '../core/errors.js';
import { parseSource, syntaxErrors } from '../core/parse.js';
import type { ChangedFile } from '../core/result.js';
import { hunkHeader } from '../output/diff.js';
import { applySelectedHunks, hunksOf } from '../output/select-hunks.js';
import type { CliIO } from './io.js';

const HELP = `y - write this hunk
n - do not write this hunk
a - write this hunk and all later hunks in the file
d - do not write this hunk or any later hunk in the file
q - quit; do not write this hunk or any other remaining one (what was accepted is written)
? - print help
`;

type Answer = 'y' | 'n' | 'a' | 'd' | 'q';

/** What the user chose for one file: its text with the accepted hunks, or nothing. */
export type FileChoice = { readonly kind: 'write'; readonly result: ChangedFile } | { readonly kind: 'skip'; readonly reason?: string } | { readonly kind: 'quit' };

/**
 * `--interactive`: asks hunk by hunk, as `git add -p` does, what to write. Reads answers a line
 * at a time from a terminal; only the CLI uses it (it owns stdin).
 */
export class HunkPrompter {
  private readonly lines: AsyncIterableIterator<string>;
  private readonly readline: Interface;
  private quit = false;

  private constructor(private readonly io: CliIO, private readonly color: ChalkInstance | undefined) {
    this.readline = createInterface({ input: process.stdin, terminal: false });
    this.lines = this.readline[Symbol.asyncIterator]();
  }

  /** Refuses clearly when stdin or stdout is not a terminal: there is nobody to ask. */
  static open(io: CliIO, color: ChalkInstance | undefined): HunkPrompter {
    if (!process.stdin.isTTY || !io.stdoutIsTTY) {
      throw new UsageError('--interactive needs a terminal (stdin and stdout); without one, review the diff (the default) or --patch FILE, then --write');
    }
    return new HunkPrompter(io, color);
  }

  close(): void {
    this.readline.close();
  }

  private async ask(question: string, allowed: readonly Answer[]): Promise<Answer> {
    for (;;) {
      this.io.stdout(this.color ? this.color.blue.bold(question) : question);
      const next = await this.lines.next();
      if (next.done) return 'q'; // end of input: stop asking, as git add -p does
      const answer = next.value.trim().toLowerCase()[0];
      if (answer && (allowed as readonly string[]).includes(answer)) return answer as Answer;
      this.io.stdout(this.color ? this.color.red(HELP) : HELP);
    }
  }

  /** Shows each hunk of a change, headed by the passes that made it, and asks. */
  async choose(result: ChangedFile, show: (path: string) => string): Promise<FileChoice> {
    if (this.quit) return { kind: 'quit' };
    const path = show(result.path);
    const paint = (line: string): string => (!this.color ? line : line[0] === '+' ? this.color.green(line) : line[0] === '-' ? this.color.red(line) : line);
    if (result.operation !== 'edit') {
      // Creating, deleting or moving a file is one decision.
      const what = result.operation === 'move' ? `move ${show(result.previousPath!)} -> ${path}` : `${result.operation} ${path}`;
      const answer = await this.ask(`${result.passes.join(',')}: ${what} [y,n,q,?]? `, ['y', 'n', 'a', 'd', 'q']);
      if (answer === 'q') this.quit = true;
      return answer === 'y' || answer === 'a' ? { kind: 'write', result } : answer === 'q' ? { kind: 'quit' } : { kind: 'skip' };
    }
    const hunks = hunksOf(result, show);
    const accepted = hunks.map(() => false);
    this.io.stdout(`${this.color ? this.color.bold(`diff ${path}`) : `diff ${path}`}\n`);
    let rest: 'accept' | 'skip' | undefined;
    for (const [index, hunk] of hunks.entries()) {
      if (rest) {
        accepted[index] = rest === 'accept';
        continue;
      }
      this.io.stdout(`${this.color ? this.color.dim(`# ${hunk.passes.join(', ')}`) : `# ${hunk.passes.join(', ')}`}\n${this.color ? this.color.cyan(hunkHeader(hunk)) : hunkHeader(hunk)}\n`);
      this.io.stdout(`${hunk.lines.map(paint).join('\n')}\n`);
      const answer = await this.ask(`(${index + 1}/${hunks.length}) Write this hunk [y,n,a,d,q,?]? `, ['y', 'n', 'a', 'd', 'q']);
      if (answer === 'q') {
        this.quit = true;
        break;
      }
      accepted[index] = answer === 'y' || answer === 'a';
      if (answer === 'a') rest = 'accept';
      if (answer === 'd') rest = 'skip';
    }
    if (!accepted.some(Boolean)) return this.quit ? { kind: 'quit' } : { kind: 'skip' };
    const after = applySelectedHunks(result, hunks, accepted);
    // Hunks of one change can depend on each other (an opened and a closed brace): a partial choice must still parse.
    const before = syntaxErrors(parseSource(result.path, result.before)).length;
    const problems = syntaxErrors(parseSource(result.path, after));
    if (problems.length > before) {
      return { kind: 'skip', reason: `the accepted hunks do not parse without the others (${problems[0]!.line}:${problems[0]!.column} ${problems[0]!.message}); not written` };
    }
    return { kind: 'write', result: { ...result, after, attribution: [] } };
  }
}
