import { UsageError } from './errors.js';

export type OptionType = 'string' | 'number' | 'boolean' | 'string[]';

export interface OptionSpec {
  readonly type: OptionType;
  readonly description: string;
  readonly default?: unknown;
  readonly required?: boolean;
  /** Allowed values (for 'string' and 'string[]'). */
  readonly choices?: readonly string[];
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;
export type OptionValues = Record<string, unknown>;

function coerce(passId: string, name: string, spec: OptionSpec, raw: unknown, kind: string): unknown {
  const bad = (expected: string): never => {
    throw new UsageError(`${kind} ${passId}: option "${name}" expects ${expected}, got ${JSON.stringify(raw)}`, {
      passId,
    });
  };
  switch (spec.type) {
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === '') return true;
      if (raw === 'false') return false;
      return bad('true or false');
    case 'number': {
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      return Number.isFinite(value) ? value : bad('a number');
    }
    case 'string[]': {
      const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',').filter(Boolean) : bad('a list');
      for (const item of list) {
        if (typeof item !== 'string') bad('a list of strings');
        if (spec.choices && !spec.choices.includes(item)) bad(`one of ${spec.choices.join(', ')}`);
      }
      return list;
    }
    case 'string': {
      // The command line reads `-o to=2024` or `-o template=null` as JSON literals (for jscodeshift
      // transforms); a declared string option takes them back as the text that was typed.
      const text = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'object' ? JSON.stringify(raw) : bad('a string');
      if (spec.choices && !spec.choices.includes(text)) bad(`one of ${spec.choices.join(', ')}`);
      return text;
    }
  }
}

/**
 * Fills defaults, coerces CLI strings, and rejects unknown or invalid options with a usage error
 * naming the pass and option. `strict: false` lets unknown keys through (jscodeshift transforms
 * accept any option). `kind` names what declares the options in messages (`pass`, `generator`).
 */
export function resolveOptions(
  passId: string,
  specs: OptionSpecs | undefined,
  given: OptionValues,
  { strict = true, kind = 'pass' }: { strict?: boolean; kind?: string } = {},
): OptionValues {
  const resolved: OptionValues = {};
  for (const [name, spec] of Object.entries(specs ?? {})) {
    if (given[name] !== undefined) resolved[name] = coerce(passId, name, spec, given[name], kind);
    else if (spec.default !== undefined) resolved[name] = structuredClone(spec.default);
    else if (spec.required) throw new UsageError(`${kind} ${passId}: option "${name}" is required`, { passId });
  }
  for (const [name, value] of Object.entries(given)) {
    if (specs && name in specs) continue;
    if (strict) {
      const known = Object.keys(specs ?? {});
      throw new UsageError(
        `${kind} ${passId}: unknown option "${name}"${known.length ? ` (known: ${known.join(', ')})` : ' (it takes no options)'}`,
        { passId },
      );
    }
    resolved[name] = value;
  }
  return resolved;
}
