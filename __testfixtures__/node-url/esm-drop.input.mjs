import { parse, resolve } from 'node:url';
import { fileURLToPath } from 'node:url';

export const api = resolve('https://api.example.com/v1/', 'users');
export const protocol = parse('ftp://files.example.com/pub').protocol;
export const here = fileURLToPath(import.meta.url);
