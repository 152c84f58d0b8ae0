import fs = require('fs');
import path = require("path");
import type events = require('events');

export function read(file: string): string {
  const full = path.join(__dirname, file);
  return fs.readFileSync(full, 'utf8') + path['sep'];
}
export type Emitter = events.EventEmitter;
export const stat: typeof fs.statSync = fs.statSync;
