import { fileURLToPath } from 'node:url';
import { defineFixtureTests } from '../../src/testing/index.js';
import { defineProjectFixtureTests } from '../../src/testing/project-fixtures.js';
import { pass } from './ts-types-from-usage.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });
defineProjectFixtureTests(pass, { dir: fixtures });
