import { isAdmin } from './model.js';

export const check = isAdmin;
