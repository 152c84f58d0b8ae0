import { makeId } from './ids.js';

export const userId = (): string => makeId('user');
