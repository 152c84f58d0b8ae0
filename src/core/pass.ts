import type { Project, SourceFile as MorphSourceFile, ts } from 'ts-morph';
import type { EditSink } from './sink.js';
import type { OptionSpecs, OptionValues } from './options.js';

export type PassNeeds = 'syntax' | 'types';

/** Project-level file operations; paths are absolute or relative to the project root. */
export interface FileOps {
  createFile(path: string, text: string): void;
  deleteFile(path: string): void;
  moveFile(from: string, to: string): void;
}

export interface Reporter {
  /** A note shown with the file (and in --json): why something was left alone, for example. */
  warn(message: string, at?: ts.Node | number): void;
  /** Adds to a named counter, totalled in the summary (like jscodeshift's api.stats). */
  stat(name: string, quantity?: number): void;
}

/** What a file pass sees. Single use: valid only during the `visit` call it was given to. */
export interface FileContext<O = OptionValues> extends Reporter {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the project root, with forward slashes. */
  readonly relativePath: string;
  /** The text this pass runs on (the previous pass's output). */
  readonly text: string;
  /** TypeScript's tree of `text`, parents set; parsed on first access. */
  readonly sourceFile: ts.SourceFile;
  /** The TypeScript compiler API that parsed `sourceFile` (ts-morph's bundled TypeScript). */
  readonly ts: typeof ts;
  readonly options: O;
  readonly edits: EditSink;
  readonly files: FileOps;
  /** A ts-morph wrapper of this file (created on demand; costs a wrap of every node it visits). */
  morph(): MorphSourceFile;
  /**
   * Escape hatch: runs ts-morph's manipulation API on a copy of the file and records the text
   * difference as edits. Slower than recording edits (each manipulation re-parses); use sparingly.
   */
  mutate(fn: (file: MorphSourceFile) => void): void;
  /**
   * Declines the file: the pass does not apply to it (jscodeshift's "return null"). A file that
   * no pass changed and every pass that ran on it declined is reported as skipped, with the reason,
   * apart from files a pass looked at and left as they were (unchanged).
   */
  skip(reason?: string): void;
  /** Set for passes with needs: 'types'. */
  readonly checker?: ts.TypeChecker;
  readonly program?: ts.Program;
  readonly project?: Project;
}

/** What a project pass sees: the whole ts-morph Project, once per run. */
export interface ProjectContext<O = OptionValues> {
  readonly root: string;
  readonly project: Project;
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  readonly ts: typeof ts;
  readonly options: O;
  /** The files the run was given (absolute paths); the project may hold more. */
  readonly files: readonly string[];
  /**
   * Whether this visit is the one that edits `path`. In a monorepo the pass visits each tsconfig
   * project in turn and each edits only the files it owns (edits to others are dropped), so a pass
   * that counts its edits counts only where this is true. Always true for a single project.
   */
  owns(path: string): boolean;
  /** The edit sink for one file, recorded against its text at the start of this pass. */
  edits(path: string): EditSink;
  warn(path: string, message: string, at?: ts.Node | number): void;
  stat(name: string, quantity?: number): void;
  readonly fileOps: FileOps;
}

export interface PassBase<O> {
  /** Kebab-case id: the folder, the file, and the name on the command line. */
  readonly id: string;
  /** A short title, no trailing period. */
  readonly title: string;
  /** What it changes and what it refuses to change, in sentences. */
  readonly description: string;
  readonly needs: PassNeeds;
  /** Bumped when behaviour changes; part of the cache key. */
  readonly version?: string;
  /** A file whose text contains none of these (or passes none of these tests) is skipped without parsing. */
  readonly match?: ReadonlyArray<string | TextTest>;
  readonly options?: OptionSpecs;
  /** Passes that do not read `ctx.sourceFile` (e.g. jscodeshift) set false to skip TS parsing. */
  readonly parses?: boolean;
  /**
   * Passes that never read JSDoc nodes (`node.jsDoc`, `ts.getJSDocTags`) set false: when every
   * pass of a run does, files are parsed without building them, which is faster. Comments stay
   * in the text either way. Default: JSDoc is parsed.
   */
  readonly jsdoc?: boolean;
  /**
   * The pass runs no code it was given (no callbacks, no user regular expressions) and always
   * finishes, in time that grows with the file: the main thread may then run files itself beside
   * the worker threads, where no file time limit could stop it. Pattern rules without a `regex`
   * constraint set it. Default: false.
   */
  readonly bounded?: boolean;
  /** Accepts options it does not declare (jscodeshift transforms take any option). */
  readonly acceptsAnyOption?: boolean;
  /** Which engine made the pass: 'codemorph' (default), 'jscodeshift', 'patterns'. */
  readonly engine?: string;
  /** Hidden from `codemorph list` (internal or engine-made passes). */
  readonly hidden?: boolean;
  /** Marker for the types; never read. */
  readonly __options?: O;
}

export interface FilePass<O = OptionValues> extends PassBase<O> {
  readonly scope: 'file';
  visit(context: FileContext<O>): void | Promise<void>;
}

export interface ProjectPass<O = OptionValues> extends PassBase<O> {
  readonly scope: 'project';
  needs: 'types';
  visitProject(context: ProjectContext<O>): void | Promise<void>;
}

export type Pass<O = OptionValues> = FilePass<O> | ProjectPass<O>;

export type FilePassInput<O> = Omit<FilePass<O>, 'scope' | '__options'>;
export type ProjectPassInput<O> = Omit<ProjectPass<O>, 'scope' | '__options'>;

const ID = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/** Declares a pass: a small value with metadata and a visitor. Validates the metadata. */
export function definePass<O = OptionValues>(definition: FilePassInput<O>): FilePass<O>;
export function definePass<O = OptionValues>(definition: ProjectPassInput<O>): ProjectPass<O>;
export function definePass<O = OptionValues>(definition: FilePassInput<O> | ProjectPassInput<O>): Pass<O> {
  if (!ID.test(definition.id)) throw new Error(`pass id "${definition.id}" must be kebab-case`);
  if (!definition.title || definition.title.endsWith('.')) {
    throw new Error(`pass ${definition.id}: title is required and has no trailing period`);
  }
  if (!definition.description) throw new Error(`pass ${definition.id}: description is required`);
  if ('visitProject' in definition) {
    return Object.freeze({ ...definition, scope: 'project', needs: 'types' }) as ProjectPass<O>;
  }
  if (typeof (definition as FilePassInput<O>).visit !== 'function') {
    throw new Error(`pass ${definition.id}: visit(context) or visitProject(context) is required`);
  }
  return Object.freeze({ ...definition, scope: 'file' }) as FilePass<O>;
}

const AsyncFunction = (async () => undefined).constructor;

/** Whether the pass's `visit` is an async function (native: not one compiled down to generators). */
export function visitIsAsync(pass: FilePass): boolean {
  return pass.visit instanceof AsyncFunction;
}

export function isPass(value: unknown): value is Pass {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Pass>;
  return typeof candidate.id === 'string' && (candidate.scope === 'file' || candidate.scope === 'project');
}

/** A test of a file's whole text (a RegExp is one): the file is worth parsing only if it passes. */
export interface TextTest {
  /** `path` (when given) tells what the text is: a `.ts` file holds no JSX. */
  test(text: string, path?: string): boolean;
}

/** True when the pass's `match` pre-filter lets this text through (`path`: the file's, when known). */
export function passMatches(pass: Pass, text: string, path?: string): boolean {
  if (!pass.match || pass.match.length === 0) return true;
  return pass.match.some((needle) => (typeof needle === 'string' ? text.includes(needle) : needle.test(text, path)));
}
