import { fetchJson } from '../legacy/http.js';

export async function users(): Promise<unknown> {
  return fetchJson('/api/users');
}
