import config from './config.json' assert { type: 'json' };
import schema from "./schema.json" assert { type: "json" };
export { default as data } from './data.json' assert { type: 'json' };
import already from './other.json' with { type: 'json' };
import assert from 'node:assert';

const lazy = await import('./lazy.json', { assert: { type: 'json' } });
const quoted = await import('./lazy.json', { 'assert': { type: 'json' } });
assert.ok(config && schema && already && lazy && quoted);
