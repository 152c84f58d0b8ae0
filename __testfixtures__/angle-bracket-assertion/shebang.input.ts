#!/usr/bin/env node
const n = <number>JSON.parse("1");
export { n };
