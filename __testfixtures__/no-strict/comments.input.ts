// License header
'use strict'; // strict mode

export const a = 1;
