'use strict';
var globalish = 1;
function g() { 'use strict'; return this; }
