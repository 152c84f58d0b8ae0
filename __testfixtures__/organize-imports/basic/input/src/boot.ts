import './polyfill.js';
import { isAdmin, ANONYMOUS, type Role } from './model.js';
import type { User } from './model.js';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Loads users from a JSON file next to the data folder.
export function load(dir: string): User[] {
  return JSON.parse(readFileSync(join(dir, 'users.json'), 'utf8')) as User[];
}

export function canEdit(role: Role): boolean {
  return isAdmin(role);
}
