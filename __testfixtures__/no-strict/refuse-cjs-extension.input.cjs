'use strict';
export const x = 1;
