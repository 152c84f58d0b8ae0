import type { ts } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';
import type { NodeMigrationOptions } from '../shared/node/deprecations.js';

export interface FetchCall {
  /** `fetch(url, init).then(…)`: resolves to the parsed JSON body, rejects on a non-2xx status as axios does. */
  readonly text: string;
}

const WITHOUT_BODY: ReadonlySet<string> = new Set(['get', 'delete']);
const WITH_BODY: ReadonlySet<string> = new Set(['post', 'put', 'patch']);

/**
 * What every rewritten call ends with, as axios behaves by default: a status outside 2xx rejects,
 * and the body is parsed as JSON when it is JSON, else (an empty 204, plain text) kept as a string.
 */
const AXIOS_LIKE_BODY = [
  '.then(async (response) => {',
  '  if (!response.ok) throw new Error(`Request failed with status code ${response.status}`);',
  '  const text = await response.text();',
  '  try {',
  '    return JSON.parse(text);',
  '  } catch {',
  '    return text;',
  '  }',
  '})',
];

/** The indentation of the line `node` starts on, for the lines the rewrite adds. */
function indentOf(ctx: FileContext<NodeMigrationOptions>, node: ts.Node): string {
  const start = node.getStart(ctx.sourceFile);
  const lineStart = ctx.text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t]*/.exec(ctx.text.slice(lineStart))![0];
}

/** `{ headers: { … } }` only: the header properties' texts, or undefined for any other config (timeouts, params, auth, baseURL…). */
function headersOf(t: typeof ts, config: ts.Expression, sf: ts.SourceFile): string[] | undefined {
  if (!t.isObjectLiteralExpression(config) || config.properties.length !== 1) return undefined;
  const [headers] = config.properties;
  if (!headers || !t.isPropertyAssignment(headers) || !t.isIdentifier(headers.name) || headers.name.text !== 'headers') return undefined;
  return t.isObjectLiteralExpression(headers.initializer) ? headers.initializer.properties.map((property) => property.getText(sf)) : undefined;
}

/** The fetch call for `axios.<method>(…)`, or why there is none. */
export function fetchCall(ctx: FileContext<NodeMigrationOptions>, method: string, call: ts.CallExpression): FetchCall | string {
  const t = ctx.ts;
  const sf = ctx.sourceFile;
  const args = call.arguments;
  if (!WITHOUT_BODY.has(method) && !WITH_BODY.has(method)) return `axios.${method} has no simple fetch equivalent`;
  if (args.some((arg) => t.isSpreadElement(arg))) return 'spread arguments';
  const [url, second, third] = args;
  if (!url) return 'no URL';
  const config = WITH_BODY.has(method) ? third : second;
  const body = WITH_BODY.has(method) ? second : undefined;
  if (args.length > (WITH_BODY.has(method) ? 3 : 2)) return 'too many arguments';
  const headers = config ? headersOf(t, config, sf) : undefined;
  if (config && !headers) return 'only a literal { headers } config is carried over (timeouts, params, auth and baseURL are not)';
  if (WITH_BODY.has(method) && !(body && (t.isObjectLiteralExpression(body) || t.isArrayLiteralExpression(body)))) {
    return 'only an object or array literal body is known to be sent as JSON';
  }
  const init: string[] = [];
  if (method !== 'get') init.push(`method: '${method.toUpperCase()}'`);
  const headerList = [...(body && !headers?.some((header) => /content-type/i.test(header)) ? ["'Content-Type': 'application/json'"] : []), ...(headers ?? [])];
  if (headerList.length > 0) init.push(`headers: { ${headerList.join(', ')} }`);
  if (body) init.push(`body: JSON.stringify(${body.getText(sf)})`);
  const initText = init.length > 0 ? `, { ${init.join(', ')} }` : '';
  const indent = indentOf(ctx, call);
  return { text: `fetch(${url.getText(sf)}${initText})${AXIOS_LIKE_BODY.join(`\n${indent}`)}` };
}
