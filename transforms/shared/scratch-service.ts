import type { ts as TS } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';
import { mergeInsertions, type TreeEdit } from './tree-edit.js';

/**
 * Parsed files shared by every scratch service of the process (the lib files above all), keyed by
 * version: a program's SourceFile object stands for its text, so a file changed by an earlier
 * pass (a new SourceFile) is parsed again and an unchanged one is not.
 */
let registry: TS.DocumentRegistry | undefined;
const treeVersions = new WeakMap<TS.SourceFile, number>();
let nextTreeVersion = 0;

function treeVersion(file: TS.SourceFile): number {
  let version = treeVersions.get(file);
  if (version === undefined) {
    version = nextTreeVersion++;
    treeVersions.set(file, version);
  }
  return version;
}

/**
 * A language service of its own over the run's program, with one file's text overridden: the
 * program the runner gives a pass must not change during the pass (other files are visited
 * against it), so trials never touch the ts-morph Project.
 */
class ScratchService {
  private readonly overlay = new Map<string, { text: string; version: number }>();
  readonly service: TS.LanguageService;

  constructor(ts: typeof TS, program: TS.Program) {
    const options = program.getCompilerOptions();
    const textOf = (name: string): string | undefined => this.overlay.get(name)?.text ?? program.getSourceFile(name)?.text ?? ts.sys.readFile(name);
    const host: TS.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [...program.getRootFileNames()],
      getScriptVersion: (name) => {
        const overlaid = this.overlay.get(name);
        if (overlaid) return `trial-${overlaid.version}`;
        const file = program.getSourceFile(name);
        return file ? `tree-${treeVersion(file)}` : 'disk';
      },
      getScriptSnapshot: (name) => {
        const text = textOf(name);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => program.getCurrentDirectory(),
      getDefaultLibFileName: (opts) => {
        // Next to the program's own lib files (ts-morph serves them from its own folder, or memory).
        const lib = program.getSourceFiles().find((file) => program.isSourceFileDefaultLibrary(file));
        return lib ? `${lib.fileName.slice(0, lib.fileName.lastIndexOf('/'))}/${ts.getDefaultLibFileName(opts)}` : ts.getDefaultLibFilePath(opts);
      },
      fileExists: (name) => this.overlay.has(name) || program.getSourceFile(name) !== undefined || ts.sys.fileExists(name),
      readFile: (name) => textOf(name),
      directoryExists: (name) => ts.sys.directoryExists(name),
      getDirectories: (name) => ts.sys.getDirectories(name),
      useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
    };
    registry ??= ts.createDocumentRegistry();
    this.service = ts.createLanguageService(host, registry);
  }

  setText(fileName: string, text: string): void {
    const previous = this.overlay.get(fileName);
    if (previous?.text === text) return;
    this.overlay.set(fileName, { text, version: (previous?.version ?? 0) + 1 });
  }

  /**
   * Each file's errors as `file code@position`, positions of the edited file mapped back to its
   * original text: an error is the same error where it was, even when its message now names the
   * new type (`expression of type 'string' can't be used to index` where it said `'any'`).
   */
  errors(fileNames: readonly string[], original?: { fileName: string; edits: readonly TreeEdit[] }): string[] {
    return fileNames.flatMap((fileName) =>
      [...this.service.getSyntacticDiagnostics(fileName), ...this.service.getSemanticDiagnostics(fileName)]
        .filter((diagnostic) => diagnostic.category === 1)
        .map((diagnostic) => {
          const start = diagnostic.start ?? -1;
          const at = original?.fileName === fileName ? originalPosition(original.edits, start) : start;
          return `${fileName} ${diagnostic.code}@${at}`;
        }),
    );
  }
}

/** Where a position of the edited text was in the text before `edits` (inside inserted text: where it was inserted). */
export function originalPosition(edits: readonly TreeEdit[], position: number): number {
  let delta = 0;
  for (const edit of mergeInsertions(edits).sort((a, b) => a.start - b.start)) {
    const start = edit.start + delta;
    if (position < start) break;
    if (position < start + edit.text.length) return edit.start;
    delta += edit.text.length - (edit.end - edit.start);
  }
  return position - delta;
}

const services = new WeakMap<TS.Program, ScratchService>();

/** The scratch service for this program (one per pass: each pass gets a new program). */
export function scratchService(ctx: FileContext): ScratchService {
  const program = ctx.program;
  if (!program) throw new Error('the type gate needs the program (needs: types)');
  let service = services.get(program);
  if (!service) {
    service = new ScratchService(ctx.ts, program);
    services.set(program, service);
  }
  return service;
}
