import assert from 'node:assert';

assert(typeof globalThis.fetch === 'function', 'fetch is missing');
assert.ok(true);
if (process.mainModule) console.log('main');
