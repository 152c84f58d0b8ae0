#!/usr/bin/env node
declare function version(): Promise<string>;

export function banner(): Promise<string> {
  return version().then((v) => `tool ${v}`);
}
