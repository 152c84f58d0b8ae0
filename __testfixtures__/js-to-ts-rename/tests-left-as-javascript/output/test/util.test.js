import { slugify } from '../src/util.js';

if (slugify('A B') !== 'a-b') throw new Error('slugify');
