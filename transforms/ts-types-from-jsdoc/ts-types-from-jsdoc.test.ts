import { fileURLToPath } from 'node:url';
import { defineFixtureTests } from '../../src/testing/index.js';
import { defineProjectFixtureTests } from '../../src/testing/project-fixtures.js';
import { pass } from './ts-types-from-jsdoc.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });
// Cases over several files: an annotation that breaks a caller in another file is refused.
defineProjectFixtureTests(pass, { dir: fixtures });
