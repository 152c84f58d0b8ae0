import { fileURLToPath } from 'node:url';
import { defineProjectFixtureTests } from '../../src/testing/index.js';
import { pass } from './js-to-ts-suppress.js';

defineProjectFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });
