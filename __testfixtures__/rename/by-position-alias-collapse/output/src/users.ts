import { newId } from './ids.js';

export const userId = (): string => newId('user');
