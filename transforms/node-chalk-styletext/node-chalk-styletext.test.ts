import { fileURLToPath } from 'node:url';
import { defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './node-chalk-styletext.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });
