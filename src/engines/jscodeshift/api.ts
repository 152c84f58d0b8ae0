import { createRequire } from 'node:module';
import type { API, JSCodeshift, Parser } from 'jscodeshift';
import type { Reporter } from '../../core/pass.js';
import { parserObject, type ParserSetting } from './parser.js';

const require = createRequire(import.meta.url);
let core: JSCodeshift | undefined;

/** jscodeshift's core, loaded once per thread (CommonJS; loaded lazily so plain runs never pay for it). */
function jscodeshiftCore(): JSCodeshift {
  core ??= require('jscodeshift') as JSCodeshift;
  return core;
}

const byName = new Map<string, JSCodeshift>();
const byObject = new WeakMap<object, JSCodeshift>();

/**
 * `jscodeshift.withParser(parser)`, cached: the bound function is the same for every file with
 * the same parser and config, as in jscodeshift's own worker.
 */
export function boundJscodeshift(setting: ParserSetting, config?: unknown): JSCodeshift {
  if (typeof setting !== 'string') {
    let bound = byObject.get(setting);
    if (!bound) {
      bound = jscodeshiftCore().withParser(setting as Parser);
      byObject.set(setting, bound);
    }
    return bound;
  }
  const key = config === undefined || config === null ? setting : `${setting}\0${JSON.stringify(config)}`;
  let bound = byName.get(key);
  if (!bound) {
    bound = jscodeshiftCore().withParser(parserObject(setting, config) as Parser);
    byName.set(key, bound);
  }
  return bound;
}

/**
 * The `api` argument of a transform: jscodeshift's, with `stats` and `report` feeding codemorph's
 * counters (totalled in the summary and in --json) and per-file warnings.
 */
export function createApi(j: JSCodeshift, reporter: Reporter): API {
  return {
    j,
    jscodeshift: j,
    stats(name: string, quantity?: number): void {
      reporter.stat(name, typeof quantity === 'number' ? quantity : 1);
    },
    report(message: string): void {
      reporter.warn(String(message));
    },
  };
}
