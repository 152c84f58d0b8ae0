import { request, type Options, request as fetchJson } from '../net/client.js';

const retrying: Options = { retries: 3 };

export async function admins(): Promise<unknown[]> {
  return [await fetchJson('/api/admins'), await request('/api/roles', retrying)];
}
