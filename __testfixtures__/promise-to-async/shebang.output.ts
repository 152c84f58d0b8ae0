#!/usr/bin/env node
declare function version(): Promise<string>;

export async function banner(): Promise<string> {
  const v = await version();
  return `tool ${v}`;
}
