import { fileURLToPath } from 'node:url';
import { defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './ts-class-fields.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });
