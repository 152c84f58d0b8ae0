import { join } from 'node:path';
import { CodemorphError } from '../core/errors.js';
import { resolveOptions, type OptionValues } from '../core/options.js';
import { extensionOf, formatSyntaxProblem, parseSource, syntaxErrors } from '../core/parse.js';
import type { ChangedFile, FileResult } from '../core/result.js';
import { addClassMember, addExport, addImport, insertIntoArray, insertIntoObject } from './ast.js';
import type { GeneratorContext, GeneratorDefinition, GeneratorScript } from './definition.js';
import { nameHelpers } from './names.js';
import type { Formatter } from './prettier.js';
import { renderTemplates } from './templates.js';
import { changeToResult, VirtualTree } from './tree.js';

export interface GenerateRequest {
  readonly root: string;
  readonly generator: GeneratorDefinition;
  /** Options as given (strings from the command line are coerced by the schema's types). */
  readonly options: OptionValues;
  /** Formats each created file before it is checked (`--prettier`). */
  readonly format?: Formatter;
}

const CODE = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);

/** A created or updated JS/TS file must parse, as `run` verifies its output; an update may keep errors it had. */
export function verifySyntax(result: ChangedFile): FileResult {
  if (result.operation === 'delete' || !CODE.has(extensionOf(result.path))) return result;
  const before = new Set(result.before ? syntaxErrors(parseSource(result.path, result.before)).map((problem) => problem.message) : []);
  const added = syntaxErrors(parseSource(result.path, result.after)).filter((problem) => !before.has(problem.message));
  if (added.length === 0) return result;
  const { path, relativePath, warnings, stats } = result;
  const message = `output does not parse: ${formatSyntaxProblem(added[0]!)}`;
  return { path, relativePath, warnings, stats, status: 'failed', error: { kind: 'verify', message, passId: result.passes[0] } };
}

async function loadGeneratorScript(path: string): Promise<GeneratorScript> {
  const { loadModule } = await import('../workspace/load-module.js');
  const module = (await loadModule(path)) as { default?: unknown };
  const fn = typeof module.default === 'function' ? module.default : typeof module === 'function' ? module : undefined;
  if (!fn) throw new CodemorphError('load', `${path}: a generator module exports a function as its default`, { path });
  return fn as GeneratorScript;
}

/**
 * Runs a generator against a virtual tree of the project: its templates first (files/), then
 * its generator function. Touches nothing on disk; returns one result per path it would
 * create, update, delete or rename, each created or updated JS/TS file checked to parse.
 */
export async function runGenerator(request: GenerateRequest): Promise<FileResult[]> {
  const { root, generator } = request;
  const options = resolveOptions(generator.id, generator.schema.options, request.options, { kind: 'generator', strict: generator.schema.options !== undefined });
  const tree = new VirtualTree(root);
  if (generator.filesDir) renderTemplates(tree, generator.filesDir, options, { overwrite: generator.schema.overwrite });
  if (generator.modulePath) {
    const fn = await loadGeneratorScript(generator.modulePath);
    const context: GeneratorContext = {
      root,
      tree,
      options,
      names: nameHelpers,
      renderTemplates: (dir, { vars, ...rest } = {}) => renderTemplates(tree, join(generator.dir, dir), { ...options, ...vars }, rest),
      addImport: (path, spec) => addImport(tree, path, spec),
      addExport: (barrel, spec) => addExport(tree, barrel, spec),
      insertIntoArray: (path, target, element) => insertIntoArray(tree, path, target, element),
      insertIntoObject: (path, target, property) => insertIntoObject(tree, path, target, property),
      addClassMember: (path, className, member) => addClassMember(tree, path, className, member),
    };
    try {
      await fn(context);
    } catch (error) {
      if (error instanceof CodemorphError) throw error;
      throw new CodemorphError('pass-threw', `generator ${generator.id}: ${(error as Error).message ?? String(error)}`, { cause: error });
    }
  }
  const results: FileResult[] = [];
  for (const change of tree.changes()) {
    const result = changeToResult(root, change, generator.id);
    // Only created files: an updated file keeps the formatting its authors gave it.
    const formatted = request.format && change.kind === 'create' ? { ...result, after: await request.format(result.path, result.after) } : result;
    results.push(verifySyntax(formatted));
  }
  return results;
}
