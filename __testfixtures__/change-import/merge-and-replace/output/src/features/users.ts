import { request as fetchJson } from '../net/client.js';

export async function users(): Promise<unknown> {
  return fetchJson('/api/users');
}
