import { relative } from 'node:path';
import { ProjectIndex } from './projects.js';

/** One tsconfig project as `codemorph projects` shows it (paths relative to the root, `/`). */
export interface ProjectSummary {
  readonly path: string;
  /** Files of the tree that this project owns (the run's type checking uses its options). */
  readonly files: number;
  readonly references: readonly string[];
  readonly package?: string;
  /** Selects no files of its own, only references projects. */
  readonly solution: boolean;
  readonly error?: string;
}

export interface ProjectListing {
  readonly projects: readonly ProjectSummary[];
  /** Files of the tree that no project selects: a type-aware run fails them. */
  readonly ownerless: readonly string[];
}

/**
 * The tsconfig projects of a tree and how the given files divide among them, the owner of each
 * file found as src/workspace/projects.ts describes.
 */
export function listProjects(root: string, files: readonly string[]): ProjectListing {
  const index = new ProjectIndex(root);
  const rel = (path: string): string => relative(root, path).split('\\').join('/') || '.';
  const counts = new Map<string, number>();
  const ownerless: string[] = [];
  for (const file of files) {
    const owner = index.ownerOf(file);
    if (owner) counts.set(owner.configPath, (counts.get(owner.configPath) ?? 0) + 1);
    else ownerless.push(rel(file));
  }
  const projects = index.all(files).map((project) => ({
    path: rel(project.configPath),
    files: counts.get(project.configPath) ?? 0,
    references: project.references.map(rel),
    ...(project.packageName ? { package: project.packageName } : {}),
    solution: project.solution,
    ...(project.error ? { error: project.error } : {}),
  }));
  return { projects, ownerless };
}
