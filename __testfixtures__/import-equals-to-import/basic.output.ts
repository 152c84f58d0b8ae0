import * as fs from 'fs';
import * as path from "path";
import type * as events from 'events';

export function read(file: string): string {
  const full = path.join(__dirname, file);
  return fs.readFileSync(full, 'utf8') + path['sep'];
}
export type Emitter = events.EventEmitter;
export const stat: typeof fs.statSync = fs.statSync;
