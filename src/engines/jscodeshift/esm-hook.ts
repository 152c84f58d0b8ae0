/**
 * A module-resolution hook (Node's `module.register`), run on Node's loader thread: an ES module
 * outside codemorph's jscodeshift that imports `jscodeshift` or `jscodeshift/…` gets the engine's
 * copy, as CommonJS requires do (shared-copy.ts). `data` is what shared-copy.ts registers it with.
 */

interface HookData {
  /** file: URL of the folder of codemorph's jscodeshift, with a trailing slash. */
  readonly ownDirUrl: string;
  /** file: URL codemorph's own `import('jscodeshift')` resolves to (the package's main file). */
  readonly ownMainUrl: string;
}

let data: HookData | undefined;

export function initialize(given: HookData): void {
  data = given;
}

type NextResolve = (specifier: string, context?: unknown) => Promise<{ url: string }>;

export async function resolve(specifier: string, context: { parentURL?: string }, nextResolve: NextResolve): Promise<unknown> {
  if (data && (specifier === 'jscodeshift' || specifier.startsWith('jscodeshift/')) && !context.parentURL?.startsWith(data.ownDirUrl)) {
    if (specifier === 'jscodeshift') return { url: data.ownMainUrl, shortCircuit: true };
    try {
      return await nextResolve(specifier, { ...context, parentURL: data.ownMainUrl });
    } catch {
      // A subpath our copy does not have: the importer's own resolution answers.
    }
  }
  return nextResolve(specifier, context);
}
