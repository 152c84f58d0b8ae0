"use strict";
console.log(import.meta.url);
