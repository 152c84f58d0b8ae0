import { fileURLToPath } from 'node:url';
import { defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './node-axios-fetch.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });
