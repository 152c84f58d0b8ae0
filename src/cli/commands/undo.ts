import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliIO } from '../io.js';

/** `codemorph undo`: restore the files of the last --write run, unless edited since. */
export function registerUndo(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('undo')
    .description('restore exactly what the last --write run changed (refuses files edited since)')
    .option('--root <dir>', 'project root holding .codemorph/ (default: the current directory)')
    .action(async (raw: { root?: string }) => {
      const { undoLastRun } = await import('../../write/undo.js');
      const report = undoLastRun(resolve(io.cwd, raw.root ?? '.'));
      const removed = new Set(report.removed);
      // A file the run created is deleted again: "removed" says so rather than "restored".
      for (const path of report.restored) io.stdout(`${removed.has(path) ? 'removed' : 'restored'} ${path}\n`);
      // An interrupted or partly failed run: these were journaled but never written.
      for (const path of report.notWritten) io.stdout(`unchanged ${path} (the run never wrote it)\n`);
      const plural = (count: number): string => `${count} file${count === 1 ? '' : 's'}`;
      const rest = report.notWritten.length > 0 ? `; ${plural(report.notWritten.length)} the run never wrote left as they are` : '';
      io.stderr(`codemorph: restored ${plural(report.restored.length)}${rest}\n`);
      setExit(0);
    });
}
