import { find } from './lookup';

export const found = find(42, true);
