import { fileURLToPath } from 'node:url';
import { defineProjectFixtureTests } from '../../src/testing/index.js';
import { pass } from './replace-call.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineProjectFixtureTests(pass, { dir: fixtures });
