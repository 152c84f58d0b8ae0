#!/usr/bin/env node
const n = JSON.parse("1") as number;
export { n };
