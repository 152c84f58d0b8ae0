import { describe, expect, it } from 'vitest';
import { processFile } from '../../runner/process-file.js';
import { jscodeshiftPass } from './adapter.js';
import { chooseParser, parserObject } from './parser.js';

describe('chooseParser', () => {
  it('prefers the transform\'s export, then the parser option, then the extension', () => {
    expect(chooseParser({ exported: 'flow', option: 'tsx', path: 'a.ts' })).toBe('flow');
    expect(chooseParser({ option: 'tsx', path: 'a.ts' })).toBe('tsx');
    expect(chooseParser({ path: 'a.ts' })).toBe('ts');
    expect(chooseParser({ path: 'a.mts' })).toBe('ts');
    expect(chooseParser({ path: 'a.tsx' })).toBe('tsx');
    for (const path of ['a.js', 'a.jsx', 'a.mjs', 'a.cjs']) expect(chooseParser({ path })).toBe('babel');
  });

  it('takes parser objects as jscodeshift does', () => {
    const custom = { parse: (): unknown => ({}) };
    expect(chooseParser({ exported: custom, path: 'a.js' })).toBe(custom);
  });

  it('rejects unknown parser names', () => {
    expect(() => chooseParser({ option: 'espree', path: 'a.js' })).toThrow(/unknown parser "espree"/);
  });
});

/** Runs a transform through the engine (the CLI's code path) on one file. */
async function run(source: string, path: string, transform: (...args: never[]) => unknown, parser?: string): Promise<string> {
  const pass = jscodeshiftPass({ transform: transform as never, parser }, '/t/transform.js');
  const result = await processFile({ path, relativePath: path, text: source }, [{ pass, options: {} }], { verbose: true });
  if (result.status === 'failed') throw new Error(result.error.message);
  return result.status === 'changed' ? result.after : source;
}

// A flow file in the style of React Native's sources: class fields, static private fields, enums.
const FLOW_CLASS = `/**
 * @flow strict-local
 */
import type {EventSubscription} from './EventEmitter';

enum Mode {
  Idle,
  Busy,
}

export default class Subscriber {
  _subscriptions: Array<EventSubscription> = [];
  static #instances: number = 0;
  +label: string;

  constructor(label: string) {
    this.label = label;
    Subscriber.#instances++;
  }

  remove(): void {
    this._subscriptions.forEach(subscription => subscription.remove());
  }
}
`;

describe('flow parser (jscodeshift#450: PropertyDefinition from flow-parser >= 0.159)', () => {
  it('finds and edits class fields', async () => {
    const output = await run(FLOW_CLASS, 'Subscriber.js', (file: { source: string }, api: { j: any }) => {
      const { j } = api;
      return j(file.source)
        .find(j.Identifier, { name: '_subscriptions' })
        .forEach((path: any) => {
          path.node.name = 'subscriptions';
        })
        .toSource();
    }, 'flow');
    expect(output).toBe(FLOW_CLASS.replaceAll('_subscriptions', 'subscriptions'));
  });

  it('reprints moved static private fields with their static keyword', async () => {
    const output = await run(FLOW_CLASS, 'Subscriber.js', (file: { source: string }, api: { j: any }) => {
      const { j } = api;
      const root = j(file.source);
      root.find(j.ClassBody).forEach((path: any) => {
        path.node.body.reverse();
      });
      return root.toSource();
    }, 'flow');
    expect(output).toContain('  static #instances: number = 0;\n');
    expect(output.indexOf('remove(): void')).toBeLessThan(output.indexOf('_subscriptions: Array'));
  });

  it('reads enums as the enum bodies ast-types knows', () => {
    const ast = parserObject('flow').parse('enum A { X, Y }\nenum B { X = 1 }\nenum C of string { X = "x" }\n') as {
      body: Array<{ body: { type: string; explicitType: boolean } }>;
    };
    expect(ast.body.map((statement) => [statement.body.type, statement.body.explicitType])).toEqual([
      ['EnumStringBody', false],
      ['EnumNumberBody', false],
      ['EnumStringBody', true],
    ]);
  });
});

describe('the flow parser: flow-parser 0.158 first, the newest when 0.158 reports syntax errors', () => {
  it('gives the older node shapes jscodeshift\'s AST libraries know', () => {
    const ast = parserObject('flow').parse('h({ ...rest });\nclass A { x: number = 1 }\n') as { body: Array<Record<string, any>> };
    expect(ast.body[0]!.expression.arguments[0].properties[0].type).toBe('SpreadProperty');
    expect(ast.body[1]!.body.body[0].type).toBe('ClassProperty');
  });

  it('reads syntax newer than 0.158 (a type guard) with the newest flow-parser', () => {
    const ast = parserObject('flow').parse('function isX(x: mixed): x is number { return true; }\n') as { errors: unknown[]; body: Array<Record<string, any>> };
    expect(ast.errors).toEqual([]);
    expect(ast.body[0]!.returnType.typeAnnotation.type).toBe('TypePredicate');
  });
});
