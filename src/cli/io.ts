// Types only: chalk loads when colour is on (a hook's or CI's output is not a terminal).
import type { ChalkInstance } from 'chalk';

/** Everything the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Columns of the terminal, for the progress bar. */
  readonly columns?: number;
  /**
   * Calls `handler` on the first SIGINT/SIGTERM instead of dying (a second one exits at once);
   * returns the function that stops listening. Absent where there are no signals (tests in-process).
   */
  readonly onInterrupt?: (handler: () => void) => () => void;
}

let pipeGuarded = false;

/** `codemorph ... | head` closes stdout early: stop quietly, as cat and grep do. */
function guardBrokenPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

export function processIO(): CliIO {
  guardBrokenPipe();
  // Bound now: a --json run sends other writes to stdout elsewhere (json-stdout.ts), not the report.
  const write = process.stdout.write.bind(process.stdout);
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns,
    onInterrupt(handler) {
      let seen = false;
      const listener = (signal: NodeJS.Signals): void => {
        if (seen) process.exit(signal === 'SIGINT' ? 130 : 143); // asked twice: the user means it
        seen = true;
        handler();
      };
      process.on('SIGINT', listener);
      process.on('SIGTERM', listener);
      return () => {
        process.off('SIGINT', listener);
        process.off('SIGTERM', listener);
      };
    },
  };
}

/**
 * Colour only on a TTY; NO_COLOR (any non-empty value) and --no-color turn it off, FORCE_COLOR
 * turns it on (the conventions of https://no-color.org and chalk).
 */
export async function colorFor(io: CliIO, { tty, flag }: { tty: boolean; flag: boolean }): Promise<ChalkInstance | undefined> {
  if (!flag || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')) return undefined;
  const force = io.env.FORCE_COLOR;
  const forced = force !== undefined && force !== '' && force !== '0' && force !== 'false';
  if (!forced && !tty) return undefined;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
