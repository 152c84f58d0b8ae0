import { Project, ts } from 'ts-morph';
import { scriptKindFor } from '../../core/parse.js';
import type { FileContext, FilePass } from '../../core/pass.js';

const DEFAULT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  allowJs: true,
  jsx: ts.JsxEmit.Preserve,
  types: [],
};

export interface TypedFile {
  readonly project: Project;
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  readonly sourceFile: ts.SourceFile;
}

/** A one-file in-memory program: enough for type constraints in tests and examples. */
export function typedFile(path: string, text: string, compilerOptions: ts.CompilerOptions = DEFAULT_OPTIONS): TypedFile {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions });
  project.createSourceFile(path, text, { overwrite: true, scriptKind: scriptKindFor(path) });
  const program = project.getProgram().compilerObject;
  const sourceFile = program.getSourceFile(path);
  if (!sourceFile) throw new Error(`typedFile: ${path} is not in the program`);
  return { project, program, checker: program.getTypeChecker(), sourceFile };
}

/**
 * Wraps a types-needing pass so it runs under the syntax-only file processor (tests, fixtures):
 * each visit builds a one-file program of the current text and hands the pass its checker.
 * The project runner supplies the real program instead.
 */
export function withTypes(pass: FilePass, compilerOptions?: ts.CompilerOptions): FilePass {
  return {
    ...pass,
    needs: 'syntax',
    visit(ctx: FileContext): void | Promise<void> {
      const typed = typedFile(ctx.path, ctx.text, compilerOptions);
      const context: FileContext = {
        path: ctx.path,
        relativePath: ctx.relativePath,
        text: ctx.text,
        sourceFile: typed.sourceFile,
        ts: ctx.ts,
        options: ctx.options,
        edits: ctx.edits,
        files: ctx.files,
        morph: () => ctx.morph(),
        mutate: (fn) => ctx.mutate(fn),
        warn: (message, at) => ctx.warn(message, at),
        stat: (name, quantity) => ctx.stat(name, quantity),
        skip: (reason) => ctx.skip(reason),
        checker: typed.checker,
        program: typed.program,
        project: typed.project,
      };
      return pass.visit(context);
    },
  };
}
