import { UsageError } from '../core/errors.js';
import { relativePath } from '../runner/run.js';
import { selectShard, type Shard } from '../workspace/shard.js';
import type { LoadedStep } from '../workspace/steps.js';

/**
 * `--shard i/n`: a run with a type-aware pass keeps whole tsconfig projects together (a shard
 * then loads each of its projects once); other runs split files by the hash of their path.
 */
export async function shardFiles(root: string, files: string[], shard: Shard, { steps, tsconfig }: { steps: readonly LoadedStep[]; tsconfig: string | undefined }): Promise<string[]> {
  const relativeOf = (file: string): string => relativePath(root, file);
  // A project pass edits the whole project whatever the shard holds: every shard would make the
  // same edits, and their patches would not apply together.
  const whole = steps.find((step) => step.pass.scope === 'project');
  if (whole && shard.count > 1) throw new UsageError(`--shard: ${whole.pass.id} changes the whole project (a project pass); run it without --shard`);
  if (!steps.some((step) => step.pass.needs === 'types')) return selectShard(files, shard, relativeOf);
  // Loaded only here: it parses tsconfigs (ts-morph), which a syntax-only run never needs.
  const { selectProjectShard } = await import('../runner/project-shard.js');
  return selectProjectShard(root, files, shard, { ...(tsconfig ? { tsconfig } : {}), relativeOf });
}
