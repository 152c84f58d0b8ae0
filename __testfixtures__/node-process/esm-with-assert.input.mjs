import assert from 'node:assert';
import proc from 'node:process';

proc.assert(typeof globalThis.fetch === 'function', 'fetch is missing');
assert.ok(true);
if (process.mainModule) console.log('main');
