export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  return response.json();
}

export const TIMEOUT_MS = 5000;
