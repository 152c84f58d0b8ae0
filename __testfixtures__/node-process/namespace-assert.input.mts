import * as assert from 'node:assert';

export function check(value: unknown): void {
  process.assert(value !== undefined, 'value is required');
  assert.equal(typeof value, 'string');
}
