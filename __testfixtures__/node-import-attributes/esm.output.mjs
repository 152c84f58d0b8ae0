import config from './config.json' with { type: 'json' };
import schema from "./schema.json" with { type: "json" };
export { default as data } from './data.json' with { type: 'json' };
import already from './other.json' with { type: 'json' };
import assert from 'node:assert';

const lazy = await import('./lazy.json', { with: { type: 'json' } });
const quoted = await import('./lazy.json', { 'with': { type: 'json' } });
assert.ok(config && schema && already && lazy && quoted);
