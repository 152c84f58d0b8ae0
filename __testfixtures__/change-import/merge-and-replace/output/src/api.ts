import { TIMEOUT_MS } from './legacy/http.js';
import { request as fetchJson } from './net/client.js';
import type { Options } from './net/client.js';

export const defaults: Options = { retries: 2 };
export const load = (url: string) => fetchJson(url);
export const timeout = TIMEOUT_MS;
