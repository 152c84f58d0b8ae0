import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ts } from '../core/parse.js';
import { workspacePackageDirs } from './workspaces.js';

/** One tsconfig project, parsed the way the compiler parses it (`extends` followed). */
export interface TsProject {
  /** Absolute path of the tsconfig file. */
  readonly configPath: string;
  /** The root files its `files` / `include` / `exclude` select (absolute paths). */
  readonly fileNames: ReadonlySet<string>;
  /** Absolute paths of the tsconfig files it references. */
  readonly references: readonly string[];
  /** A solution-style config: it selects no files of its own, only references other projects. */
  readonly solution: boolean;
  readonly options: ts.CompilerOptions;
  /** TypeScript's parse of the config (undefined when it could not be read). */
  readonly commandLine?: ts.ParsedCommandLine;
  /** `name` of the nearest package.json at or above the config's folder, if any. */
  readonly packageName?: string;
  /** Why it cannot be loaded (one line); a project with an error owns no files. */
  readonly error?: string;
}

// Diagnostics that mean the config could not be read as the compiler would read it: the file or an
// `extends` target is missing, or the JSON does not parse. Others (an option this TypeScript does
// not know) leave a usable config.
const FATAL_CODES = new Set([5083, 5012, 6053, 18001]);
const isEmptyList = (value: unknown): boolean => Array.isArray(value) && value.length === 0;

function firstLine(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').split('\n')[0]!;
}

function packageNameFor(dir: string, stop: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const manifest = join(current, 'package.json');
    if (existsSync(manifest)) {
      try {
        const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
        return typeof name === 'string' ? name : undefined;
      } catch {
        return undefined;
      }
    }
    if (current === stop || dirname(current) === current) return undefined;
  }
}

/**
 * Finds and parses tsconfig projects on demand and says which project owns a file. Parsing
 * uses TypeScript's own `getParsedCommandLineOfConfigFile`, so `extends` chains (a
 * tsconfig.base.json shared by every package), `include` globs and `references` resolve exactly
 * as the compiler resolves them. Not thread-safe; one instance per run.
 */
export class ProjectIndex {
  readonly #root: string;
  readonly #projects = new Map<string, TsProject>();
  readonly #nearest = new Map<string, string | undefined>();

  constructor(root: string) {
    this.#root = resolve(root);
  }

  /** The parsed project of a tsconfig file (cached). */
  load(configPath: string): TsProject {
    const path = resolve(configPath);
    const cached = this.#projects.get(path);
    if (cached) return cached;
    let fatal: string | undefined;
    const host: ts.ParseConfigFileHost = {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => (fatal ??= firstLine(diagnostic)),
    };
    const parsed = ts.getParsedCommandLineOfConfigFile(path, undefined, host);
    const problem = parsed?.errors.find((d) => d.category === ts.DiagnosticCategory.Error && (FATAL_CODES.has(d.code) || (d.code >= 1000 && d.code < 1500)));
    const references = (parsed?.projectReferences ?? []).map((reference) => {
      const target = resolve(reference.path);
      return target.endsWith('.json') ? target : join(target, 'tsconfig.json');
    });
    const fileNames = new Set((parsed?.fileNames ?? []).map((name) => resolve(name)));
    const error = fatal ?? (problem ? firstLine(problem) : parsed ? undefined : 'cannot be read');
    const project: TsProject = {
      configPath: path,
      fileNames: error ? new Set() : fileNames,
      references,
      // `"files": []` says "no files of my own" even without references (yet).
      solution: fileNames.size === 0 && (references.length > 0 || isEmptyList((parsed?.raw as { files?: unknown } | undefined)?.files)),
      options: parsed?.options ?? {},
      ...(parsed && !error ? { commandLine: parsed } : {}),
      packageName: packageNameFor(dirname(path), this.#root),
      ...(error ? { error } : {}),
    };
    this.#projects.set(path, project);
    return project;
  }

  /** Every project loaded so far, in load order. */
  loaded(): TsProject[] {
    return [...this.#projects.values()];
  }

  /** The nearest tsconfig.json at or above `dir` (cached per folder). */
  nearestConfig(dir: string): string | undefined {
    if (this.#nearest.has(dir)) return this.#nearest.get(dir);
    const candidate = join(dir, 'tsconfig.json');
    const parent = dirname(dir);
    const found = existsSync(candidate) ? candidate : parent === dir ? undefined : this.nearestConfig(parent);
    this.#nearest.set(dir, found);
    return found;
  }

  /**
   * The project that owns a file, found the way an editor's TypeScript server finds it: the
   * nearest tsconfig.json above the file that selects it, searching a solution config's
   * references (depth first) too; when the nearest one does not select it, the next one up.
   * Undefined when no project selects the file. When the nearest config cannot be loaded, that
   * config (its `error` says why).
   */
  ownerOf(file: string): TsProject | undefined {
    const path = resolve(file);
    for (let config = this.nearestConfig(dirname(path)); config; ) {
      // A config that cannot load may well be the owner: the file is its (it fails with the
      // config's error) rather than quietly checked by a project further up.
      if (this.load(config).error) return this.load(config);
      const owner = this.#search(config, path, new Set());
      if (owner) return owner;
      const parent = dirname(dirname(config));
      config = parent === dirname(config) ? undefined : this.nearestConfig(parent);
    }
    return undefined;
  }

  #search(configPath: string, file: string, seen: Set<string>): TsProject | undefined {
    if (seen.has(configPath) || !existsSync(configPath)) return undefined;
    seen.add(configPath);
    const project = this.load(configPath);
    if (project.fileNames.has(file)) return project;
    for (const reference of project.references) {
      const owner = this.#search(reference, file, seen);
      if (owner) return owner;
    }
    return undefined;
  }

  /**
   * Every project of the tree: the owners of `files`, the root config and everything it
   * references, and the tsconfig.json of each workspace package (npm, yarn and pnpm
   * `workspaces`), with references followed. The root's config first, then sorted by path.
   */
  all(files: readonly string[]): TsProject[] {
    for (const file of files) this.ownerOf(file);
    const starts = [join(this.#root, 'tsconfig.json'), ...workspacePackageDirs(this.#root).map((dir) => join(dir, 'tsconfig.json'))];
    const queue = starts.filter((path) => existsSync(path));
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (this.#projects.has(next) && !starts.includes(next)) continue;
      for (const reference of this.load(next).references) if (!this.#projects.has(reference) && existsSync(reference)) queue.push(reference);
    }
    // The root's own config first, then by path: the order a reader scans a tree in.
    const atRoot = (project: TsProject): number => (dirname(project.configPath) === this.#root ? 0 : 1);
    const path = (project: TsProject): string => relative(this.#root, project.configPath);
    return this.loaded().sort((a, b) => atRoot(a) - atRoot(b) || path(a).localeCompare(path(b)));
  }
}

/**
 * Projects in an order where each comes after the projects it references (a dependency first),
 * so that a refactor visits a core package before its consumers. Cycles keep discovery order.
 */
export function referenceOrder(projects: readonly TsProject[]): TsProject[] {
  const byPath = new Map(projects.map((project) => [project.configPath, project]));
  const done = new Set<string>();
  const order: TsProject[] = [];
  const visit = (project: TsProject, stack: Set<string>): void => {
    if (done.has(project.configPath) || stack.has(project.configPath)) return;
    stack.add(project.configPath);
    for (const reference of project.references) {
      const target = byPath.get(reference);
      if (target) visit(target, stack);
    }
    done.add(project.configPath);
    order.push(project);
  };
  for (const project of projects) visit(project, new Set());
  return order;
}
