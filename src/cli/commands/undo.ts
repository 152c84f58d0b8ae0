import { resolve } from 'node:path';
import type { Command } from 'commander';
import { undoLastRun } from '../../write/undo.js';
import type { CliIO } from '../io.js';

/** `codemorph undo`: restore the files of the last --write run, unless edited since. */
export function registerUndo(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('undo')
    .description('restore exactly what the last --write run changed (refuses files edited since)')
    .option('--root <dir>', 'project root holding .codemorph/ (default: the current directory)')
    .action((raw: { root?: string }) => {
      const report = undoLastRun(resolve(io.cwd, raw.root ?? '.'));
      for (const path of report.restored) io.stdout(`restored ${path}\n`);
      io.stderr(`codemorph: restored ${report.restored.length} file${report.restored.length === 1 ? '' : 's'}\n`);
      setExit(0);
    });
}
