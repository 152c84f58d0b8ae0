import type { FileResult } from '../core/result.js';
import type { RunSummary } from './summary.js';

/** Output goes through reporters: one per format, with start / file / end hooks. */
export interface Reporter {
  file(result: FileResult): void;
  end(summary: RunSummary): void;
}

/** Where a reporter writes: the CLI passes process.stdout.write; tests pass a collector. */
export type Sink = (text: string) => void;
