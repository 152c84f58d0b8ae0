import { fetchJson, TIMEOUT_MS } from './legacy/http.js';
import type { Options } from './net/client.js';

export const defaults: Options = { retries: 2 };
export const load = (url: string) => fetchJson(url);
export const timeout = TIMEOUT_MS;
