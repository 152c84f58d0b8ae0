import { fileURLToPath } from 'node:url';

export const api = new URL('users', 'https://api.example.com/v1/').href;
export const protocol = new URL('ftp://files.example.com/pub').protocol;
export const here = fileURLToPath(import.meta.url);
