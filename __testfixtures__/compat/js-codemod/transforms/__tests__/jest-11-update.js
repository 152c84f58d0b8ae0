'use strict';

const defineTest = require('jscodeshift/dist/testUtils').defineTest;
defineTest(__dirname, 'jest-11-update', null, '__tests__/jest-11-update');
