import { createRequire } from 'node:module';
import type { SingleBar } from 'cli-progress';
import type { CliIO } from './io.js';

export interface Progress {
  update(done: number): void;
  /** Prints something above the bar without garbling it. */
  interrupt(print: () => void): void;
  stop(): void;
}

const DELAY_MS = 1000;

/**
 * A progress bar on stderr (files done / total, rate, ETA), shown only on a TTY and only once a
 * run has taken longer than a second. cli-progress: well kept, handles redraws and terminal width.
 */
export function createProgress(io: CliIO, { enabled, total }: { enabled: boolean; total: number }): Progress {
  if (!enabled || total === 0) return { update() {}, interrupt: (print) => print(), stop() {} };
  const started = Date.now();
  let bar: SingleBar | undefined;
  let last = 0;
  return {
    update(done) {
      last = done;
      if (!bar && Date.now() - started > DELAY_MS) {
        // Loaded when a bar is first drawn: short runs and pipes never pay for it.
        const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
        bar = new cliProgress.SingleBar(
          {
            format: 'codemorph {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
            stream: process.stderr,
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 200,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { rate: '0' });
      }
      const seconds = (Date.now() - started) / 1000;
      bar?.update(done, { rate: seconds > 0 ? Math.round(done / seconds).toString() : '0' });
    },
    interrupt(print) {
      if (!bar) return print();
      bar.stop();
      print();
      bar = undefined;
      this.update(last);
    },
    stop() {
      bar?.stop();
    },
  };
}
