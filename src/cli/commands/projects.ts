import { dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ProjectListing } from '../../workspace/project-list.js';
import type { CliIO } from '../io.js';

const EXAMPLES = `
Examples:
  $ codemorph projects
  $ codemorph projects packages/core --json

Lists each tsconfig project (solution configs, workspace packages, nested tsconfigs): its path,
package, how many of the files it owns, and its references. Type-aware passes check each file
with the options of the project that owns it. Exit code 0; 1 when some file belongs to no project
or a tsconfig cannot be loaded (a type-aware run would fail those files). Docs: docs/scale.md`;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function formatListing(listing: ProjectListing, folderOf: (path: string) => string): string {
  const rows = listing.projects.map((project) => [
    project.path,
    project.package ?? '-',
    project.error ? `cannot load: ${project.error}` : project.solution ? 'solution' : `${project.files} file${project.files === 1 ? '' : 's'}`,
    project.references.length > 0 ? `-> ${project.references.join(', ')}` : '',
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(0, ...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ').trimEnd());
  const groups = ownerlessGroups(listing.ownerless, folderOf);
  const shown = groups.slice(0, 10);
  if (shown.length > 0) lines.push('', 'In no project (type-aware runs fail these; --json lists each):', ...shown.map((line) => `  ${line}`));
  if (groups.length > shown.length) lines.push(`  ... and ${groups.length - shown.length} more folders`);
  return `${lines.join('\n')}\n`;
}

/** One line per package folder (`legacy/ (37 files)`); a folder with one such file shows the file. */
function ownerlessGroups(paths: readonly string[], folderOf: (path: string) => string): string[] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const folder = folderOf(path);
    groups.set(folder, [...(groups.get(folder) ?? []), path]);
  }
  return [...groups].map(([folder, files]) => (files.length === 1 ? files[0]! : `${folder === '.' ? '.' : `${folder}/`} (${files.length} files)`));
}

/** `codemorph projects`: the tsconfig projects of a monorepo and which files each owns. */
export function registerProjects(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('projects')
    .description('list the tsconfig projects (path, package, files owned, references)')
    .argument('[paths...]', 'files, directories or globs whose owners to count (default: .)')
    .option('--json', 'print { projects, ownerless } as JSON', false)
    .option('--no-gitignore', 'do not skip files listed in .gitignore')
    .option('--ignore <glob>', 'skip files matching GLOB (repeatable)', collect, [])
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], raw: { json: boolean; gitignore: boolean; ignore: string[] }) => {
      // Loaded when the command runs: discovery and TypeScript's config parser.
      const { discoverFiles } = await import('../../workspace/discover.js');
      const { listProjects } = await import('../../workspace/project-list.js');
      const files = await discoverFiles({ cwd: io.cwd, patterns: paths.length > 0 ? paths : ['.'], gitignore: raw.gitignore, ignore: raw.ignore });
      const listing = listProjects(io.cwd, files);
      const { PackageFolders } = await import('../../workspace/package-folders.js');
      const folders = new PackageFolders(io.cwd);
      const folderOf = (path: string): string => relative(io.cwd, folders.of(dirname(resolve(io.cwd, path)))).split('\\').join('/') || '.';
      io.stdout(raw.json ? `${JSON.stringify(listing, null, 2)}\n` : formatListing(listing, folderOf));
      const owned = listing.projects.reduce((sum, project) => sum + project.files, 0);
      if (!raw.json) io.stderr(`codemorph: ${listing.projects.length} projects, ${owned} files owned, ${listing.ownerless.length} in no project\n`);
      setExit(listing.ownerless.length > 0 || listing.projects.some((project) => project.error) ? 1 : 0);
    });
}
