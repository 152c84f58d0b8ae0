import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, resolve } from 'node:path';
import { CodemorphError, UsageError } from '../core/errors.js';
import { resolveOptions, type OptionValues } from '../core/options.js';
import { visitIsAsync, type FileContext, type FilePass, type Pass } from '../core/pass.js';
import type { Precondition, RecipeDefinition, RecipeStep } from '../core/recipe.js';
import { moduleAdapters } from '../engines/index.js';
import { builtinPassIds, builtinRecipes, loadBuiltinPass } from '../../transforms/catalog.js';

/** A pass ready to run, with its resolved options and where it came from. */
export interface LoadedStep {
  readonly pass: Pass;
  readonly options: OptionValues;
  /** A built-in id or an absolute module path: enough for a worker thread to load it again. */
  readonly source: string;
  /** Recipe `when` conditions wrapped around the pass, innermost first (a worker re-applies them). */
  readonly preconditions?: readonly Precondition[];
}

export interface StepContext {
  readonly cwd: string;
  /** Options from the command line: `key` for every pass that declares it, `pass-id.key` for one. */
  readonly cliOptions?: OptionValues;
  /** Per-pass options from the config file, keyed by pass id. */
  readonly configOptions?: Readonly<Record<string, OptionValues>>;
  /** Named recipes from the config file. */
  readonly configRecipes?: readonly RecipeDefinition[];
  /** `--engine`: how transform modules must be read; detected when absent. */
  readonly engine?: string;
}

const require = createRequire(import.meta.url);

const RECIPE_FILE = /\.(ya?ml|json)$/i;
const MODULE_FILE = /\.(c|m)?(j|t)sx?$/i;

function suggest(name: string): string {
  const names = [...builtinPassIds, ...builtinRecipes.map((recipe) => recipe.name)];
  const close = names.filter((candidate) => candidate.includes(name) || name.includes(candidate)).slice(0, 3);
  return close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : ' (run `codemorph list` for the built-in ones)';
}

function withPrecondition(pass: Pass, when: Precondition | undefined): Pass {
  if (!when || pass.scope !== 'file') return pass;
  // Loaded for recipes with `when.files` only: most runs have none (a one-file --check's start-up).
  const matchesPath = when.files && when.files.length > 0 ? (require('picomatch') as typeof import('picomatch'))([...when.files], { dot: true }) : undefined;
  const contains = when.contains ?? [];
  const applies = (context: FileContext): boolean =>
    (!matchesPath || matchesPath(context.relativePath)) && (contains.length === 0 || contains.some((needle) => context.text.includes(needle)));
  const visit = pass.visit;
  // An async visit stays async: the runner keeps passes that are on a worker thread (src/runner/guard.ts).
  const wrapped: FilePass = !visitIsAsync(pass)
    ? { ...pass, visit: (context) => (applies(context) ? visit.call(pass, context) : undefined) }
    : { ...pass, visit: async (context) => (applies(context) ? visit.call(pass, context) : undefined) };
  return wrapped;
}

async function readRecipeFile(path: string): Promise<RecipeDefinition | { rules: true }> {
  let data: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    // Loaded on demand: most runs name no recipe file.
    const { parseYamlData } = await import('./yaml.js');
    // yaml's default schema builds plain data only: no tags that construct objects or run code.
    data = /\.json$/i.test(path) ? JSON.parse(text) : parseYamlData(text);
  } catch (error) {
    throw new CodemorphError('load', `${path}: cannot read recipe: ${(error as Error).message.split('\n')[0]}`, { path });
  }
  if (typeof data !== 'object' || data === null) throw new CodemorphError('load', `${path}: a recipe is a mapping with "steps"`, { path });
  const record = data as Record<string, unknown>;
  if (!Array.isArray(record.steps)) {
    if (['rule', 'rules', 'pattern', 'any', 'all', 'id'].some((key) => key in record)) return { rules: true };
    throw new CodemorphError('load', `${path}: a recipe needs a "steps" list`, { path });
  }
  return {
    name: typeof record.name === 'string' ? record.name : path,
    description: typeof record.description === 'string' ? record.description : undefined,
    steps: record.steps as RecipeStep[],
  };
}

async function passesFromModule(path: string, engine?: string): Promise<Pass[]> {
  const { loadModule } = await import('./load-module.js');
  const module = await loadModule(path);
  for (const adapter of moduleAdapters) {
    if (engine && adapter.engine !== engine) continue;
    const passes = await adapter.adapt(module, path);
    if (passes && passes.length > 0) return passes;
  }
  const kinds: Record<string, string> = { codemorph: 'a codemorph pass', jscodeshift: 'a jscodeshift transform' };
  const expected = engine ? `${kinds[engine] ?? engine}, as --engine ${engine} asks` : 'a codemorph pass or a jscodeshift transform';
  throw new CodemorphError('load', `${path}: not a transform (expected ${expected})`, { path });
}

async function passesFromRuleFile(path: string): Promise<Pass[]> {
  // Loaded on demand: most runs use no rule files.
  const { loadRuleFile } = await import('../engines/patterns/index.js');
  return [await loadRuleFile(path)];
}

interface Expanded {
  readonly pass: Pass;
  readonly stepOptions: OptionValues;
  readonly source: string;
  readonly preconditions?: readonly Precondition[];
}

async function expand(name: string, baseDir: string, stack: readonly string[], ctx: StepContext): Promise<Expanded[]> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) {
    throw new UsageError(`${name}: transforms are never fetched from URLs; download it and pass the file path`);
  }
  const builtin = await loadBuiltinPass(name);
  if (builtin) return [{ pass: builtin, stepOptions: {}, source: name }];
  const recipe = [...(ctx.configRecipes ?? []), ...builtinRecipes].find((candidate) => candidate.name === name);
  if (recipe) return expandRecipe(recipe, recipe.baseDir ?? baseDir, [...stack, `recipe:${name}`], ctx);
  const path = resolve(baseDir, name);
  if (!existsSync(path)) {
    // A step of a recipe file names that file: "./missing.mjs" alone does not say where to look.
    const recipe = stack.at(-1);
    const where = recipe ? `${recipe.startsWith('recipe:') ? `recipe ${recipe.slice(7)}` : recipe}: ` : '';
    throw new UsageError(`${where}unknown transform "${name}"${suggest(name)}`);
  }
  if (stack.includes(path)) throw new UsageError(`recipe cycle: ${[...stack, path].join(' -> ')}`);
  if (RECIPE_FILE.test(path)) {
    const loaded = await readRecipeFile(path);
    if ('rules' in loaded) return (await passesFromRuleFile(path)).map((pass) => ({ pass, stepOptions: {}, source: path }));
    return expandRecipe(loaded, dirname(path), [...stack, path], ctx);
  }
  if (!MODULE_FILE.test(extname(path))) throw new UsageError(`${name}: not a transform file (.ts, .mts, .js, .mjs, .cjs, .yaml, .json)`);
  return (await passesFromModule(path, ctx.engine)).map((pass) => ({ pass, stepOptions: {}, source: path }));
}

async function expandRecipe(
  recipe: RecipeDefinition,
  baseDir: string,
  stack: readonly string[],
  ctx: StepContext,
): Promise<Expanded[]> {
  const out: Expanded[] = [];
  for (const step of recipe.steps) {
    if (typeof step === 'string') {
      out.push(...(await expand(step, baseDir, stack, ctx)));
      continue;
    }
    const target = step.id ?? step.path ?? step.recipe;
    if (!target) throw new UsageError(`recipe ${recipe.name}: a step needs "id", "path" or "recipe"`);
    for (const item of await expand(target, baseDir, stack, ctx)) {
      out.push({
        pass: withPrecondition(item.pass, step.when),
        stepOptions: { ...item.stepOptions, ...(step.options ?? {}) },
        source: item.source,
        preconditions: step.when ? [...(item.preconditions ?? []), step.when] : item.preconditions,
      });
    }
  }
  return out;
}

/**
 * Resolves `a,b,c` (built-in ids, recipe names, paths to passes, jscodeshift transforms, rule
 * files or recipes) into an ordered list of passes with validated options. Precedence, lowest
 * first: pass defaults, config file, recipe step, command line.
 */
export async function loadSteps(transforms: string, ctx: StepContext): Promise<LoadedStep[]> {
  const names = transforms.split(',').map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError('no transform given (run `codemorph list` for the built-in ones)');
  const expanded: Expanded[] = [];
  for (const name of names) expanded.push(...(await expand(name, ctx.cwd, [], ctx)));

  const cli = ctx.cliOptions ?? {};
  const ids = new Set(expanded.map((item) => item.pass.id));
  const used = new Set<string>();
  const steps = expanded.map(({ pass, stepOptions, source, preconditions }): LoadedStep => {
    const fromCli: OptionValues = {};
    for (const [key, value] of Object.entries(cli)) {
      const dot = key.indexOf('.');
      const scoped = dot > 0 && ids.has(key.slice(0, dot));
      if (scoped && key.slice(0, dot) === pass.id) {
        fromCli[key.slice(dot + 1)] = value;
        used.add(key);
      } else if (!scoped && (pass.acceptsAnyOption || (pass.options && key in pass.options))) {
        fromCli[key] = value;
        used.add(key);
      }
    }
    const given = { ...(ctx.configOptions?.[pass.id] ?? {}), ...stepOptions, ...fromCli };
    return {
      pass,
      options: resolveOptions(pass.id, pass.options, given, { strict: !pass.acceptsAnyOption }),
      source,
      ...(preconditions && preconditions.length > 0 ? { preconditions } : {}),
    };
  });
  const unused = Object.keys(cli).filter((key) => !used.has(key));
  if (unused.length > 0) {
    throw new UsageError(`unknown option ${unused.map((key) => `"${key}"`).join(', ')}: no pass in this run declares it`);
  }
  return steps;
}

/**
 * Loads one already-resolved step again from its source (a built-in id or an absolute module or
 * rule-file path): what a worker thread does, since passes (functions) cannot cross threads.
 * Options are taken as given; they were resolved and validated by `loadSteps`.
 */
export async function loadStepBySource(spec: {
  readonly source: string;
  readonly passId: string;
  readonly options: OptionValues;
  readonly preconditions?: readonly Precondition[];
}): Promise<LoadedStep> {
  const builtin = await loadBuiltinPass(spec.source);
  const candidates = builtin
    ? [builtin]
    : RECIPE_FILE.test(spec.source)
      ? await passesFromRuleFile(spec.source)
      : await passesFromModule(spec.source);
  const found = candidates.find((pass) => pass.id === spec.passId);
  if (!found) throw new CodemorphError('load', `${spec.source}: no pass "${spec.passId}" in it`, { path: spec.source });
  const pass = (spec.preconditions ?? []).reduce(withPrecondition, found);
  return { pass, options: spec.options, source: spec.source, ...(spec.preconditions ? { preconditions: spec.preconditions } : {}) };
}
