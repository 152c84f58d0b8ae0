import { fileURLToPath } from 'node:url';
import { defineProjectFixtureTests } from '../../src/testing/project-fixtures.js';
import { pass } from './js-to-ts-declare-modules.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineProjectFixtureTests(pass, { dir: fixtures });
