import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CodemorphError } from '../core/errors.js';
import type { OptionSpecs, OptionValues } from '../core/options.js';
import type { ExportSpec, ImportSpec, LiteralTarget } from './ast.js';
import type { nameHelpers } from './names.js';
import type { RenderOptions } from './templates.js';
import type { VirtualTree } from './tree.js';

/** `schema.json` of a generator folder. */
export interface GeneratorSchema {
  readonly description?: string;
  /** Option specs, as a pass declares them: type, description, default, required, choices. Absent without a schema.json: any option is taken as given. */
  readonly options?: OptionSpecs;
  /** The templates may replace existing files (otherwise an existing file is refused). */
  readonly overwrite?: boolean;
}

/** A generator found on disk: a folder with schema.json, files/ and/or generator.{ts,mts,js,mjs}. */
export interface GeneratorDefinition {
  readonly id: string;
  readonly dir: string;
  readonly schema: GeneratorSchema;
  readonly filesDir?: string;
  readonly modulePath?: string;
}

/** What a `generator.ts` default export gets. Single use: valid during the call. */
export interface GeneratorContext {
  readonly root: string;
  readonly tree: VirtualTree;
  /** The options, validated against schema.json, defaults filled. */
  readonly options: OptionValues;
  readonly names: typeof nameHelpers;
  /** Renders another folder of templates (relative to the generator folder) into the tree. */
  renderTemplates(dir: string, options?: RenderOptions & { vars?: OptionValues }): string[];
  addImport(path: string, spec: ImportSpec): void;
  addExport(barrel: string, spec: ExportSpec): void;
  insertIntoArray(path: string, target: LiteralTarget, element: string): void;
  insertIntoObject(path: string, target: LiteralTarget, property: string): void;
  addClassMember(path: string, className: string, member: string): void;
}

export type GeneratorScript = (context: GeneratorContext) => void | Promise<void>;

/** Types a `generator.ts` default export; returns it unchanged. */
export function defineGenerator(fn: GeneratorScript): GeneratorScript {
  return fn;
}

const OPTION_TYPES = new Set(['string', 'number', 'boolean', 'string[]']);
const MODULE_NAMES = ['generator.ts', 'generator.mts', 'generator.js', 'generator.mjs'];

function schemaError(path: string, message: string): CodemorphError {
  return new CodemorphError('load', `${path}: ${message}`, { path });
}

function readSchema(path: string): GeneratorSchema {
  if (!existsSync(path)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw schemaError(path, `not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw schemaError(path, 'a schema is an object with "options"');
  const record = data as Record<string, unknown>;
  const options = (record.options ?? {}) as Record<string, unknown>;
  if (typeof options !== 'object' || Array.isArray(options)) throw schemaError(path, '"options" must be an object');
  for (const [name, spec] of Object.entries(options)) {
    const type = (spec as { type?: unknown })?.type;
    if (typeof type !== 'string' || !OPTION_TYPES.has(type)) throw schemaError(path, `option "${name}": "type" must be one of ${[...OPTION_TYPES].join(', ')}`);
  }
  return { description: typeof record.description === 'string' ? record.description : undefined, options: options as unknown as OptionSpecs, overwrite: record.overwrite === true };
}

/** Reads a generator folder; throws a one-line error when it is not one. */
export function readGenerator(dir: string, id = basename(dir)): GeneratorDefinition {
  const filesDir = join(dir, 'files');
  const modulePath = MODULE_NAMES.map((name) => join(dir, name)).find((path) => existsSync(path));
  const schemaPath = join(dir, 'schema.json');
  if (!existsSync(schemaPath) && !existsSync(filesDir) && !modulePath) {
    throw new CodemorphError('load', `${dir}: not a generator (expected schema.json, files/ or generator.ts in it)`, { path: dir });
  }
  return {
    id,
    dir,
    schema: readSchema(schemaPath),
    ...(existsSync(filesDir) ? { filesDir } : {}),
    ...(modulePath ? { modulePath } : {}),
  };
}
