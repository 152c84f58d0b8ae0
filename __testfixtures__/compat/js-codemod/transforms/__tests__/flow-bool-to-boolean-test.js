'use strict';

const defineTest = require('jscodeshift/dist/testUtils').defineTest;
defineTest(__dirname, 'flow-bool-to-boolean', null, 'flow-bool-to-boolean');
