import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Project } from 'ts-morph';
import { CodemorphError } from '../core/errors.js';
import { ts } from '../core/parse.js';
import { ProjectIndex, referenceOrder, type TsProject } from '../workspace/projects.js';
import type { FileState } from './file-state.js';
import { redirectingResolution, sourceRedirects } from './source-redirect.js';

/** The nearest tsconfig.json from `start` upwards, or undefined. */
export function findTsconfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'tsconfig.json');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** One Program's worth of a run: a tsconfig and the run's files it checks. */
export interface ProjectUnit {
  /** Undefined: no tsconfig anywhere above the root (default compiler options). */
  readonly tsconfig: string | undefined;
  /** The run's files this unit owns; undefined for a single-project run (it owns every file). */
  readonly owned?: ReadonlySet<string>;
  /** Why the tsconfig cannot be loaded: its files fail with this line. */
  readonly error?: string;
  /** Referenced projects' `.d.ts` outputs → their sources (src/runner/source-redirect.ts). */
  readonly redirects?: ReadonlyMap<string, string>;
}

export interface UnitPlan {
  /** Dependencies before their dependents (project references order). */
  readonly units: readonly ProjectUnit[];
  /** Files no tsconfig project selects (only in a multi-project run; they fail). */
  readonly ownerless: readonly string[];
}

/** Who checks the run's files: one project for all of them, or each file's owner project. */
export type ProjectOwnership =
  | { readonly kind: 'single'; readonly tsconfig: string | undefined }
  | {
      readonly kind: 'multi';
      readonly index: ProjectIndex;
      readonly groups: ReadonlyMap<TsProject, ReadonlySet<string>>;
      /** Files no tsconfig project selects. */
      readonly ownerless: readonly string[];
    };

/** The ownership planUnits (below) builds its units from; also what `--shard` splits by project. */
export function projectOwnership(root: string, files: readonly string[], tsconfigOption?: string): ProjectOwnership {
  const explicit = tsconfigOption ? resolve(root, tsconfigOption) : undefined;
  const rootConfig = explicit ?? findTsconfig(root);
  const single = { kind: 'single', tsconfig: rootConfig } as const;
  // A --tsconfig that does not exist is reported when the single project loads.
  if (explicit && !existsSync(explicit)) return single;
  const index = new ProjectIndex(root);
  // No tsconfig at or above the root: packages with their own still make a monorepo.
  const rootProject = rootConfig && existsSync(rootConfig) ? index.load(rootConfig) : undefined;
  if (rootProject?.error || (explicit && !rootProject?.solution)) return single;
  const owners = new Map<string, TsProject | undefined>(files.map((file) => [file, index.ownerOf(file)]));
  const multi = rootProject?.solution || [...owners.values()].some((owner) => owner && owner !== rootProject);
  if (!multi) return single;
  const groups = new Map<TsProject, Set<string>>();
  const ownerless: string[] = [];
  for (const [file, owner] of owners) {
    if (!owner) ownerless.push(file);
    else groups.set(owner, (groups.get(owner) ?? new Set()).add(file));
  }
  return { kind: 'multi', index, groups, ownerless };
}

/**
 * Decides how a type-aware run loads the program. A single project (today's behaviour) when one
 * tsconfig at or above the root owns the files, or `--tsconfig` names a plain config: every file
 * is checked with its options. Otherwise (a solution-style root with `references`, or packages
 * with their own tsconfig.json) one unit per owner project, each file checked with the options
 * of the project that owns it, as an editor's TypeScript server would; neighbouring projects whose
 * options check code alike share a unit up to UNIT_FILE_BUDGET files.
 */
export function planUnits(root: string, files: readonly string[], tsconfigOption?: string): UnitPlan {
  const ownership = projectOwnership(root, files, tsconfigOption);
  if (ownership.kind === 'single') return { units: [{ tsconfig: ownership.tsconfig }], ownerless: [] };
  const { index, groups, ownerless } = ownership;
  const units: { tsconfig: string; owned: Set<string>; error?: string; key?: string; redirects?: Map<string, string> }[] = [];
  for (const project of referenceOrder([...groups.keys()])) {
    const owned = groups.get(project)!;
    if (project.error) {
      units.push({ tsconfig: project.configPath, owned: new Set(owned), error: `${relative(root, project.configPath).split('\\').join('/')}: cannot load: ${project.error}` });
      continue;
    }
    const key = checkingKey(project.options);
    const last = units.at(-1);
    const redirects = sourceRedirects(index, project.configPath);
    if (last?.key === key && last.owned.size + owned.size <= UNIT_FILE_BUDGET) {
      for (const file of owned) last.owned.add(file);
      for (const [output, source] of redirects) last.redirects!.set(output, source);
    } else {
      units.push({ tsconfig: project.configPath, owned: new Set(owned), key, redirects });
    }
  }
  return { units: units.map(({ key: _key, ...unit }) => unit), ownerless };
}

/**
 * Projects next to each other in reference order whose options check code the same way share one
 * Project, up to this many owned files: each Project parses the default libraries and the
 * sources its imports reach, so one per small package costs far more time than it saves memory.
 */
export const UNIT_FILE_BUDGET = 500;

// Options that say where output goes (or that a config is part of a build), not how code checks.
const OUTPUT_ONLY = new Set([
  'configFilePath', 'rootDir', 'outDir', 'declarationDir', 'tsBuildInfoFile', 'composite', 'incremental',
  'declaration', 'declarationMap', 'emitDeclarationOnly', 'sourceMap', 'inlineSourceMap', 'noEmit', 'outFile',
]);

/** The compiler options that affect checking, as one comparable string. */
function checkingKey(options: ts.CompilerOptions): string {
  const kept = Object.entries(options).filter(([name]) => !OUTPUT_ONLY.has(name));
  return JSON.stringify(kept.sort(([a], [b]) => a.localeCompare(b)));
}

/** Texts a run holds in memory (files earlier steps created or edited), by absolute path. */
export type Overlay = (path: string) => string | undefined;

/**
 * A ts-morph Project from a tsconfig (or default options without one). When an earlier step of
 * the run created or edited the tsconfig (or a config it extends), the Project is built from
 * those texts, not the disk's: a dry run that writes a tsconfig and then checks types must
 * check with the new one.
 */
export function createProject(tsconfig: string | undefined, redirects?: ReadonlyMap<string, string>, overlay?: Overlay): Project {
  try {
    const edited = tsconfig && overlay?.(tsconfig) !== undefined;
    const resolution = redirects && redirects.size > 0 ? { resolutionHost: redirectingResolution(redirects) } : {};
    if (edited) {
      const parsed = parseConfigWith(tsconfig, overlay!);
      const project = new Project({ ...resolution, compilerOptions: { ...parsed.options, allowJs: true, configFilePath: tsconfig } });
      for (const file of parsed.fileNames) if (existsSync(file)) project.addSourceFileAtPath(file);
      project.resolveSourceFileDependencies();
      return project;
    }
    return new Project({
      ...(tsconfig ? { tsConfigFilePath: tsconfig } : {}),
      ...resolution,
      compilerOptions: tsconfig
        ? { allowJs: true }
        : { allowJs: true, jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, strict: true },
    });
  } catch (error) {
    // ts-morph's message ("Property assignment expected.") does not say which file it read.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new CodemorphError('usage', `${tsconfig ?? 'tsconfig'}: cannot load: ${message}`, { cause: error });
  }
}

/** A tsconfig parsed as the compiler would, reading overlaid texts before the disk. */
function parseConfigWith(tsconfig: string, overlay: Overlay): ts.ParsedCommandLine {
  const host: ts.ParseConfigHost = {
    useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
    readDirectory: ts.sys.readDirectory,
    fileExists: (path) => overlay(resolve(path)) !== undefined || ts.sys.fileExists(path),
    readFile: (path) => overlay(resolve(path)) ?? ts.sys.readFile(path),
  };
  const json = ts.parseJsonText(tsconfig, host.readFile(tsconfig) ?? '{}');
  const parsed = ts.parseJsonSourceFileConfigFileContent(json, host, dirname(tsconfig), undefined, tsconfig);
  const fatal = parsed.errors.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error && diagnostic.code !== NO_INPUTS);
  if (fatal) throw new Error(ts.flattenDiagnosticMessageText(fatal.messageText, '\n'));
  return parsed;
}

// "No inputs were found in config file": the renamed files exist only in memory yet.
const NO_INPUTS = 18003;

/**
 * Holds the Project of one unit at a time: acquiring another unit releases the previous one, so
 * peak memory is about the largest project rather than the sum. The Project sees the current
 * text of every file the run has changed so far, each under its current path; files earlier
 * steps moved away or deleted (`gone`) are hidden from it.
 */
export class UnitLoader {
  #unit: ProjectUnit | undefined;
  #project: Project | undefined;

  constructor(
    private readonly states: ReadonlyMap<string, FileState>,
    private readonly gone: ReadonlySet<string> = new Set(),
  ) {}

  acquire(unit: ProjectUnit): Project {
    if (this.#unit === unit && this.#project) return this.#project;
    this.#project = undefined; // released before the next one is built
    const overlay: Overlay = (path) => {
      const state = this.states.get(path);
      return state?.changed ? state.text : undefined;
    };
    const project = createProject(unit.tsconfig, unit.redirects, overlay);
    for (const path of this.gone) project.getSourceFile(path)?.delete();
    for (const state of this.states.values()) {
      if (this.gone.has(state.path)) continue;
      const existing = project.getSourceFile(state.path);
      // A JSON file (package.json, a tsconfig) is a source only when the program imports it.
      const mine = (!unit.owned || unit.owned.has(state.path)) && isCode(state.path);
      // The tsconfig already loaded most files; replacing identical text would re-parse each one.
      // replaceWithText would turn CRLF into LF, so the checker's tree would disagree with the text.
      if ((existing || mine) && existing?.getFullText() !== state.text) project.createSourceFile(state.path, state.text, { overwrite: true });
    }
    this.#unit = unit;
    this.#project = project;
    return project;
  }

  /** Drops the Project held now: the next acquire builds it again (its tsconfig changed). */
  release(): void {
    this.#project = undefined;
    this.#unit = undefined;
  }

  /** The Project held now, if any. */
  current(): Project | undefined {
    return this.#project;
  }
}

/** Files a Project holds as sources (package.json, edited by a pass, is not one). */
export function isCode(path: string): boolean {
  return !path.endsWith('.json');
}
